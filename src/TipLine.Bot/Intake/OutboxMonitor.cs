using System.Diagnostics.Metrics;
using TipLine.Bot.Storage;

namespace TipLine.Bot.Intake;

/// <summary>
/// The outbox as operators watch it: depth, failing and dead-lettered counts, and the age of the oldest
/// pending record, as OpenTelemetry-compatible meters (System.Diagnostics.Metrics) and for /health.
/// Refreshed by the delivery worker, so reading a meter never touches the database.
/// </summary>
public sealed class OutboxMonitor : IDisposable
{
    public const string MeterName = "TipLine.Outbox";

    private readonly Outbox _outbox;
    private readonly TimeProvider _clock;
    private readonly Meter _meter = new(MeterName);
    private volatile OutboxStats _stats = new(0, 0, 0, 0);

    public OutboxMonitor(Outbox outbox, TimeProvider clock)
    {
        _outbox = outbox;
        _clock = clock;
        _meter.CreateObservableGauge("tipline.outbox.depth", () => _stats.Pending, "{record}", "Records waiting for delivery (not dead-lettered)");
        _meter.CreateObservableGauge("tipline.outbox.failing", () => _stats.Failing, "{record}", "Pending records whose last attempt failed");
        _meter.CreateObservableGauge("tipline.outbox.dead_lettered", () => _stats.DeadLettered, "{record}", "Records parked after the retry window");
        _meter.CreateObservableGauge("tipline.outbox.oldest_pending_age", () => _stats.OldestPendingSeconds, "s", "Age of the oldest undelivered record");
    }

    public OutboxStats Current => _stats;

    public async Task RefreshAsync(CancellationToken ct) => _stats = await _outbox.StatsAsync(_clock.GetUtcNow(), ct);

    public void Dispose() => _meter.Dispose();
}
