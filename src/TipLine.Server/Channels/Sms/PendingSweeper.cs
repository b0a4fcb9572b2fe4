using TipLine.Bot.Storage;

namespace TipLine.Server.Channels.Sms;

/// <summary>
/// Runs texts left pending in the ledger: held by the rate limit, or left by a crash. Their sender's number is
/// not stored, so they are recorded on the tip (and triaged, and paged) but not answered.
/// </summary>
public sealed class PendingSweeper(InboundLedger ledger, SmsTurnProcessor processor, TimeProvider clock, ILogger<PendingSweeper> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    /// <summary>Runs the turns of every conversation with texts pending since before <paramref name="receivedBefore"/> (null: all).</summary>
    public async Task<int> SweepAsync(DateTimeOffset? receivedBefore, CancellationToken ct)
    {
        var conversations = await ledger.ConversationsWithPendingAsync(SmsAdapter.ChannelId, receivedBefore, ct);
        foreach (var conversation in conversations) await processor.ProcessPendingAsync(conversation, address: null, ct);
        return conversations.Count;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(Interval, clock, stoppingToken);
            try
            {
                await SweepAsync(clock.GetUtcNow() - Interval, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError("Sweeping pending texts failed with {Exception}", e.GetType().Name);
            }
        }
    }
}
