using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace TipLine.EndToEnd.Tests.Harness;

/// <summary>
/// A case-intake receiver as a task force would write it: it checks the signature (and refuses timestamps
/// older than five minutes) and dedupes on Idempotency-Key. It is written from the spec, not with the
/// server's own signing code, so it checks that code.
/// </summary>
public sealed class FakeIntake : IAsyncDisposable
{
    public const string Secret = "e2e-intake-secret";

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

    public static async Task<FakeIntake> StartAsync()
    {
        var port = Ports.Free();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        var intake = new FakeIntake(app, new Uri($"http://127.0.0.1:{port}/intake"));
        app.MapPost("/intake", async (HttpContext http) =>
        {
            using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            if (!Verify(http.Request.Headers["X-TipLine-Signature"].ToString(), body))
            {
                Interlocked.Increment(ref intake.Rejected);
                return Results.StatusCode(401);
            }
            var key = http.Request.Headers["Idempotency-Key"].ToString();
            if (intake.DeliveriesByKey.AddOrUpdate(key, 1, (_, n) => n + 1) == 1)
            {
                intake.Records.Enqueue(JsonDocument.Parse(body).RootElement.Clone());
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

    private static bool Verify(string header, string body)
    {
        var parts = header.Split(',').Select(p => p.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1]);
        if (!parts.TryGetValue("t", out var t) || !parts.TryGetValue("v1", out var v1)) return false;
        var age = DateTimeOffset.UtcNow - DateTimeOffset.FromUnixTimeSeconds(long.Parse(t, CultureInfo.InvariantCulture));
        if (age.Duration() > TimeSpan.FromMinutes(5)) return false;
        var expected = Convert.ToHexString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes(t + "." + body))).ToLowerInvariant();
        return expected == v1;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
