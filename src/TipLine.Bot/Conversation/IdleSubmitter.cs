using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TipLine.Bot.Storage;
using TipLine.Core.Tips;

namespace TipLine.Bot.Conversation;

/// <summary>
/// Sends a tip as it stands once its conversation has been silent for <c>TipLine:IdleSubmitSeconds</c>:
/// a person who stops answering must not take their tip with them. Deadlines live in the database, so they
/// survive a restart.
/// </summary>
public sealed class IdleSubmitter(
    TipStore tips,
    TipSubmitter submitter,
    ConversationGate gate,
    Leases leases,
    IOptions<TipLineOptions> options,
    TimeProvider clock,
    ILogger<IdleSubmitter> logger) : BackgroundService
{
    private static TimeSpan LeaseTerm(TimeSpan interval) => TimeSpan.FromTicks(Math.Max(TimeSpan.FromSeconds(15).Ticks, interval.Ticks * 3));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(Math.Clamp(options.Value.IdleSubmitSeconds / 4.0, 0.2, 5));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await leases.HoldAsync(nameof(IdleSubmitter), LeaseTerm(interval), stoppingToken)) await SubmitDueAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(e, "Idle submission failed; will try again");
            }
            await Task.Delay(interval, clock, stoppingToken);
        }
    }

    public async Task SubmitDueAsync(CancellationToken ct)
    {
        foreach (var (tipId, conversationKey) in await tips.DueForIdleSubmitAsync(clock.GetUtcNow(), 100, ct))
        {
            await using var _ = await gate.EnterAsync(conversationKey, ct);
            var row = await tips.FindAsync(tipId, ct);
            if (row is not { Status: TipRow.Open, IdleDueAt: { } due } || due > clock.GetUtcNow()) continue;
            try
            {
                await submitter.SaveAsync(row, row.Draft, row.LastActivityAt, SubmitReason.Idle, null, ct);
                logger.LogInformation("Tip {TipId} submitted after silence, revision {Revision}", tipId, row.Revision + 1);
            }
            catch (TipConcurrencyException)
            {
                // A turn changed it meanwhile; its new deadline will bring it back.
            }
        }
    }
}
