using TipLine.Bot.Storage;

namespace TipLine.Server.Channels.Sms;

/// <summary>
/// Runs texts left pending in the ledger: held by the rate limit, or left by a crash. Their sender's number is
/// not stored, so they are recorded on the tip (and triaged, and paged) but not answered.
/// </summary>
public sealed class PendingSweeper(InboundLedger ledger, SmsTurnProcessor processor, TimeProvider clock, ILogger<PendingSweeper> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(Interval, clock, stoppingToken);
            try
            {
                foreach (var conversation in await ledger.ConversationsWithPendingAsync(SmsAdapter.ChannelId, clock.GetUtcNow() - Interval, stoppingToken))
                {
                    await processor.ProcessPendingAsync(conversation, address: null, stoppingToken);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError("Sweeping pending texts failed with {Exception}", e.GetType().Name);
            }
        }
    }
}
