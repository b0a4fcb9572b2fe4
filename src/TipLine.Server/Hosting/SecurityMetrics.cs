using System.Diagnostics.Metrics;

namespace TipLine.Server.Hosting;

/// <summary>Refused requests, counted: forged signatures, replayed webhooks, rate-limited senders (OpenTelemetry meters).</summary>
public sealed class SecurityMetrics : IDisposable
{
    public const string MeterName = "TipLine.Security";

    private readonly Meter _meter = new(MeterName);
    private readonly Counter<long> _refused;

    public SecurityMetrics() =>
        _refused = _meter.CreateCounter<long>("tipline.security.refused", "{request}", "Requests refused: forged signatures, replays, rate limits");

    public void Refused(string reason, string endpoint) =>
        _refused.Add(1, new KeyValuePair<string, object?>("reason", reason), new KeyValuePair<string, object?>("endpoint", endpoint));

    public void Dispose() => _meter.Dispose();
}
