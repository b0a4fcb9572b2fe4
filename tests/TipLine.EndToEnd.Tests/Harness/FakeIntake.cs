using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Json.Schema;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace TipLine.EndToEnd.Tests.Harness;

/// <summary>
/// A case-intake receiver as a task force would write it: it checks the signature (and refuses timestamps
/// older than five minutes) and dedupes on Idempotency-Key. It is written from the spec, not with the
/// server's own signing code, so it checks that code.
/// </summary>
public enum IntakeMode { Up, Down, Flaky }

public sealed class FakeIntake : IAsyncDisposable
{
    public const string Secret = "e2e-intake-secret";

    /// <summary>The schema the project publishes, read from the repository as a task force would.</summary>
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(Path.Combine(Repo.Root, "schemas", "tip-record.v1.json"))));

    private readonly WebApplication _app;

    private FakeIntake(WebApplication app, Uri url)
    {
        _app = app;
        Url = url;
    }

    public Uri Url { get; }

    /// <summary>Accepted records, once each, in arrival order.</summary>
    public ConcurrentQueue<JsonElement> Records { get; } = new();
    public ConcurrentDictionary<string, int> DeliveriesByKey { get; } = new();
    public int Rejected;

    /// <summary>Records that broke the published schema: a bug, so reading any record fails the test.</summary>
    public ConcurrentQueue<string> SchemaViolations { get; } = new();
    public int Refused;

    /// <summary>How the receiver answers now: the tests turn it down, flaky or slow.</summary>
    public IntakeMode Mode { get; set; } = IntakeMode.Up;

    /// <summary>Signatures older than this are refused (real receivers use five minutes; tests shorten it).</summary>
    public TimeSpan Tolerance { get; set; } = TimeSpan.FromMinutes(5);

    public static async Task<FakeIntake> StartAsync()
    {
        var (app, baseUrl) = LocalHttpServer.Create();
        var intake = new FakeIntake(app, new Uri(baseUrl, "/intake"));
        app.MapPost("/intake", async (HttpContext http) =>
        {
            using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            if (!Verify(http.Request.Headers["X-TipLine-Signature"].ToString(), body, intake.Tolerance))
            {
                Interlocked.Increment(ref intake.Rejected);
                return Results.StatusCode(401);
            }
            switch (intake.Mode)
            {
                case IntakeMode.Down:
                    Interlocked.Increment(ref intake.Refused);
                    return Results.StatusCode(503);
                case IntakeMode.Flaky when Random.Shared.Next(3) == 0:
                    Interlocked.Increment(ref intake.Refused);
                    return Results.StatusCode(Random.Shared.Next(2) == 0 ? 500 : 503);
                case IntakeMode.Flaky when Random.Shared.Next(3) == 0:
                    // Slower than the client's timeout; the record may still count (a receiver that processed it late).
                    await Task.Delay(TimeSpan.FromSeconds(3));
                    break;
            }
            var key = http.Request.Headers["Idempotency-Key"].ToString();
            if (intake.DeliveriesByKey.AddOrUpdate(key, 1, (_, n) => n + 1) == 1)
            {
                var record = JsonDocument.Parse(body).RootElement.Clone();
                if (!Schema.Value.Evaluate(record).IsValid) intake.SchemaViolations.Enqueue(record.GetRawText());
                intake.Records.Enqueue(record);
            }
            return Results.Ok();
        });
        await app.StartAsync();
        return intake;
    }

    public IEnumerable<JsonElement> For(string tipId) => Records.Where(r => r.GetProperty("tipId").GetString() == tipId);

    public async Task<JsonElement> WaitForAsync(Func<JsonElement, bool> match, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            Assert.True(SchemaViolations.IsEmpty, "A record broke the published schema: " + SchemaViolations.FirstOrDefault());
            foreach (var r in Records)
            {
                if (match(r)) return r;
            }
            await Task.Delay(50);
        }
        throw new TimeoutException("No such record arrived. Records: " + string.Join("\n", Records.Select(r => r.GetRawText())));
    }

    /// <summary>The narrative of a record contains this text: how tests find the record of their conversation.</summary>
    public Task<JsonElement> WaitForNarrativeAsync(string contains, TimeSpan timeout, Func<JsonElement, bool>? and = null) =>
        WaitForAsync(r => r.GetProperty("narrative").GetProperty("original").GetString()!.Contains(contains, StringComparison.Ordinal) && (and?.Invoke(r) ?? true), timeout);

    private static bool Verify(string header, string body, TimeSpan tolerance)
    {
        var parts = header.Split(',').Select(p => p.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1]);
        if (!parts.TryGetValue("t", out var t) || !parts.TryGetValue("v1", out var v1)) return false;
        var age = DateTimeOffset.UtcNow - DateTimeOffset.FromUnixTimeSeconds(long.Parse(t, CultureInfo.InvariantCulture));
        if (age.Duration() > tolerance) return false;
        var expected = Convert.ToHexString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes(t + "." + body))).ToLowerInvariant();
        return expected == v1;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
