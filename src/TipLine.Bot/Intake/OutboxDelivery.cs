using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TipLine.Bot.Storage;

namespace TipLine.Bot.Intake;

/// <summary>
/// Delivers queued record revisions to every configured sink. Failed attempts are retried with exponential
/// backoff and jitter for <c>CaseIntake:DeadLetterAfterHours</c> (72 by default), then parked as
/// dead-lettered with an alert. The schedule lives in the outbox table, so it survives restarts: an
/// in-memory Polly retry pipeline would not, which is why the retry loop is ours and Polly is not used here.
/// WolverineFx's durable outbox was the other candidate: it would bring a whole messaging framework (handlers,
/// code generation, its own storage schema) to deliver one table, and its envelope would not share the turn's
/// transaction with our Dapper writes and the Bot Framework state; ours is one table in that transaction,
/// with per-tip revision order and operator tools (`tipline outbox`) on the same rows.
/// </summary>
public sealed class OutboxDelivery(
    Outbox outbox,
    WakeSignal<Outbox> signal,
    IEnumerable<IIntakeSink> sinks,
    IOptions<CaseIntakeOptions> options,
    OutboxMonitor monitor,
    Leases leases,
    TimeProvider clock,
    ILogger<OutboxDelivery> logger) : BackgroundService
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LeaseTerm = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromMinutes(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var active = sinks.ToList();
        if (active.Count == 0) logger.LogWarning("No case intake is configured (CaseIntake:Url or CaseIntake:DropDirectory): records are kept in the outbox");

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await leases.HoldAsync(nameof(OutboxDelivery), LeaseTerm, stoppingToken))
                {
                    foreach (var sink in active) await DeliverDueAsync(sink, stoppingToken);
                }
                await monitor.RefreshAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError("Outbox delivery pass failed with {Exception}; will try again", e.GetType().Name);
            }
            await signal.WaitAsync(PollInterval, stoppingToken);
        }
    }

    private async Task DeliverDueAsync(IIntakeSink sink, CancellationToken ct)
    {
        var window = TimeSpan.FromHours(options.Value.DeadLetterAfterHours);
        foreach (var entry in await outbox.DueAsync(sink.Name, clock.GetUtcNow(), 50, ct))
        {
            if (entry.ValidationError is not null)
            {
                logger.LogError("Record {TipId} revision {Revision} does not match the published schema ({Error}); delivering it anyway", entry.TipId, entry.Revision, entry.ValidationError);
            }
            var (delivered, error) = await sink.DeliverAsync(entry, ct);
            var now = clock.GetUtcNow();
            if (delivered)
            {
                await outbox.MarkDeliveredAsync(entry.Id, now, ct);
                logger.LogInformation("Delivered tip {TipId} revision {Revision} to {Sink}", entry.TipId, entry.Revision, sink.Name);
                continue;
            }

            var delay = Backoff(entry.Attempts + 1);
            if (await outbox.MarkFailedAsync(entry.Id, error ?? "unknown", now, now + delay, Outbox.WindowStart(entry) + window, ct))
            {
                logger.LogCritical("ALERT: tip {TipId} revision {Revision} could not be delivered to {Sink} for {Hours} hours ({Attempts} attempts, last: {Error}); it is dead-lettered. `tipline outbox retry` re-queues it",
                    entry.TipId, entry.Revision, sink.Name, options.Value.DeadLetterAfterHours, entry.Attempts + 1, error);
            }
            else
            {
                logger.LogWarning("Delivery of tip {TipId} revision {Revision} to {Sink} failed ({Error}); next try in {Delay}", entry.TipId, entry.Revision, sink.Name, error, delay);
            }
        }
    }

    /// <summary>1 s, 2 s, 4 s … capped at 30 min, each ±20 % so that many failed records do not retry in step.</summary>
    public static TimeSpan Backoff(long attempt)
    {
        var seconds = Math.Min(Math.Pow(2, Math.Min(attempt - 1, 20)), MaxBackoff.TotalSeconds);
        return TimeSpan.FromSeconds(seconds * (0.8 + Random.Shared.NextDouble() * 0.4));
    }
}

/// <summary>The secret records are signed with: <c>CaseIntake:Secret</c>, or the generated local one.</summary>
public sealed record IntakeSecret(string Value);
