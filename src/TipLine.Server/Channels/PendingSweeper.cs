using TipLine.Bot.Storage;

namespace TipLine.Server.Channels;

/// <summary>
/// Runs messages left pending in the ledger, on every channel: texts held by the rate limit, turns that
/// failed, or a crash mid-turn. Nothing a person sent is dropped because a turn did not run at once.
/// </summary>
public sealed class PendingSweeper(InboundLedger ledger, IEnumerable<IPendingTurns> channels, Leases leases, TimeProvider clock, ILogger<PendingSweeper> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    /// <summary>Runs the turns of every conversation with messages pending since before <paramref name="receivedBefore"/> (null: all).</summary>
    public async Task<int> SweepAsync(DateTimeOffset? receivedBefore, CancellationToken ct)
    {
        var count = 0;
        foreach (var channel in channels)
        {
            var conversations = await ledger.ConversationsWithPendingAsync(channel.Channel, receivedBefore, ct);
            foreach (var conversation in conversations) await channel.ProcessPendingAsync(conversation, ct);
            count += conversations.Count;
        }
        return count;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(Interval, clock, stoppingToken);
            try
            {
                if (await leases.HoldAsync(nameof(PendingSweeper), 3 * Interval, stoppingToken)) await SweepAsync(clock.GetUtcNow() - Interval, stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError("Sweeping pending messages failed with {Exception}", e.GetType().Name);
            }
        }
    }
}
