using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TipLine.Bot.Storage;

namespace TipLine.Bot.Intake;

/// <summary>
/// Delivers queued record revisions to case intake. Failed attempts are retried with exponential backoff and
/// jitter; the schedule lives in the outbox table, so it survives restarts (an in-memory Polly retry would not).
/// </summary>
public sealed class OutboxDelivery(
    Outbox outbox,
    OutboxSignal signal,
    CaseIntakeClient client,
    IOptions<CaseIntakeOptions> options,
    IntakeSecret secret,
    TimeProvider clock,
    ILogger<OutboxDelivery> logger) : BackgroundService
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromMinutes(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (string.IsNullOrWhiteSpace(options.Value.Url) || !Uri.TryCreate(options.Value.Url, UriKind.Absolute, out var url))
        {
            logger.LogWarning("CaseIntake:Url is not set: tip records are kept in the outbox until it is");
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await DeliverDueAsync(url, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Outbox delivery pass failed; will try again");
            }
            await signal.WaitAsync(PollInterval, stoppingToken);
        }
    }

    private async Task DeliverDueAsync(Uri url, CancellationToken ct)
    {
        foreach (var entry in await outbox.DueAsync(clock.GetUtcNow(), 50, ct))
        {
            if (entry.ValidationError is not null)
            {
                logger.LogError("Record {TipId} revision {Revision} does not match the schema ({Error}); delivering it anyway", entry.TipId, entry.Revision, entry.ValidationError);
            }
            var (delivered, error) = await client.SendAsync(url, secret.Value, entry, ct);
            if (delivered)
            {
                await outbox.MarkDeliveredAsync(entry.Id, clock.GetUtcNow(), ct);
                logger.LogInformation("Delivered tip {TipId} revision {Revision}", entry.TipId, entry.Revision);
            }
            else
            {
                var delay = Backoff(entry.Attempts + 1);
                await outbox.MarkFailedAsync(entry.Id, error ?? "unknown", clock.GetUtcNow() + delay, ct);
                logger.LogWarning("Delivery of tip {TipId} revision {Revision} failed ({Error}); next try in {Delay}", entry.TipId, entry.Revision, error, delay);
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
