using System.Globalization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TipLine.Bot.Storage;

namespace TipLine.Bot.Dispatch;

/// <summary>Sends a text to a dispatcher's phone (SMS through Twilio in the server).</summary>
public interface IDispatcherPager
{
    Task SendAsync(string to, string body, CancellationToken ct);
}

/// <summary>
/// Pages for P1 tips: the on-call dispatchers in order, each after <c>Dispatch:AckTimeoutSeconds</c> without an
/// acknowledgement, round after round until one acknowledges. Sends the batched P2 notification. Every page
/// goes into the tip's audit trail. A page carries urgency, reference and a one-line English summary, never
/// the tipster's number or words.
/// </summary>
public sealed class PagingWorker(
    Escalations escalations,
    IDispatcherPager pager,
    WakeSignal<Escalations> signal,
    Leases leases,
    IOptions<DispatchOptions> options,
    TimeProvider clock,
    ILogger<PagingWorker> logger) : BackgroundService
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan LeaseTerm = TimeSpan.FromSeconds(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var onCall = options.Value.OnCall;
        if (onCall.Count == 0) logger.LogError("ALERT: no on-call dispatcher is configured (Dispatch:OnCall:0): emergencies cannot be paged");
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (onCall.Count > 0 && await leases.HoldAsync(nameof(PagingWorker), LeaseTerm, stoppingToken))
                {
                    await PageDueAsync(onCall, stoppingToken);
                    await NotifyP2Async(onCall, stoppingToken);
                }
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError("Paging pass failed with {Exception}; trying again", e.GetType().Name);
            }
            await signal.WaitAsync(Poll, stoppingToken);
        }
    }

    private async Task PageDueAsync(List<string> onCall, CancellationToken ct)
    {
        foreach (var e in await escalations.DueAsync("P1", clock.GetUtcNow(), ct))
        {
            var index = e.NextIndex;
            var who = (int)(index % onCall.Count);
            var round = index / onCall.Count + 1;
            var body = $"TipLine P1 {e.Reference}: {e.Summary}. Reply ACK {e.Reference}";
            try
            {
                await pager.SendAsync(onCall[who], body, ct);
            }
            catch (Exception ex) when (!ct.IsCancellationRequested)
            {
                // Could not reach this dispatcher: move straight on to the next one.
                logger.LogError("Could not page on-call #{Index} for tip {Reference}: {Exception}", who + 1, e.Reference, ex.GetType().Name);
                await escalations.AuditAsync(e.TipId, "paging", "page failed", $"on-call #{who + 1}", clock.GetUtcNow(), ct);
                await escalations.PagedAsync(e, index, clock.GetUtcNow(), ct);
                continue;
            }
            var now = clock.GetUtcNow();
            await escalations.PagedAsync(e, index, now + TimeSpan.FromSeconds(options.Value.AckTimeoutSeconds), ct);
            await escalations.AuditAsync(e.TipId, "paging", index == 0 ? "paged" : "re-paged", $"on-call #{who + 1}, round {round.ToString(CultureInfo.InvariantCulture)}", now, ct);
            logger.LogWarning("Paged on-call #{Index} for P1 tip {Reference} (round {Round})", who + 1, e.Reference, round);
        }
    }

    private async Task NotifyP2Async(List<string> onCall, CancellationToken ct)
    {
        // When the oldest P2 falls due, every P2 waiting goes in the same message.
        if ((await escalations.DueAsync("P2", clock.GetUtcNow(), ct)).Count == 0) return;
        var due = await escalations.DueAsync("P2", DateTimeOffset.MaxValue, ct);
        var body = "TipLine P2 (urgent, not an emergency): " + string.Join("; ", due.Select(e => $"{e.Reference} {e.Summary}"));
        await pager.SendAsync(onCall[0], body.Length > 600 ? body[..597] + "..." : body, ct);
        var now = clock.GetUtcNow();
        foreach (var e in due)
        {
            await escalations.NotifiedAsync(e, now, ct);
            await escalations.AuditAsync(e.TipId, "paging", "notified (P2 batch)", $"on-call #1, {due.Count} tip(s) in the message", now, ct);
        }
        logger.LogInformation("Notified on-call #1 of {Count} P2 tip(s)", due.Count);
    }
}
