using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace TipLine.EndToEnd.Tests.Harness;

/// <summary>A local stand-in for Twilio's REST API: the Messages resource (as the Twilio SDK calls it) and MMS media.</summary>
public sealed class FakeTwilio : IAsyncDisposable
{
    public const string AccountSid = "AC11111111111111111111111111111111";
    public const string AuthToken = "e2e-auth-token";

    private readonly WebApplication _app;

    public sealed record SentMessage(string To, string From, string Body);

    private FakeTwilio(WebApplication app, Uri baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }
    public ConcurrentQueue<SentMessage> Sent { get; } = new();
    public ConcurrentDictionary<string, (byte[] Bytes, string ContentType)> Media { get; } = new();

    public string MediaUrl(string mediaSid) => new Uri(BaseUrl, $"/2010-04-01/Accounts/{AccountSid}/Messages/MM{new string('0', 32)}/Media/{mediaSid}").ToString();

    public static async Task<FakeTwilio> StartAsync()
    {
        var (app, baseUrl) = LocalHttpServer.Create();
        var fake = new FakeTwilio(app, baseUrl);

        app.MapPost("/2010-04-01/Accounts/{sid}/Messages.json", async (HttpContext http, string sid) =>
        {
            if (sid != AccountSid || !fake.Authorized(http)) return Results.Unauthorized();
            var form = await http.Request.ReadFormAsync();
            fake.Sent.Enqueue(new SentMessage(form["To"].ToString(), form["From"].ToString(), form["Body"].ToString()));
            var messageSid = "SM" + Guid.NewGuid().ToString("N");
            return Results.Json(new { sid = messageSid, account_sid = sid, to = form["To"].ToString(), from = form["From"].ToString(), body = form["Body"].ToString(), status = "queued", num_segments = "1", api_version = "2010-04-01" }, statusCode: 201);
        });
        app.MapGet("/2010-04-01/Accounts/{sid}/Messages/{messageSid}/Media/{mediaSid}", (HttpContext http, string sid, string mediaSid) =>
        {
            if (sid != AccountSid || !fake.Authorized(http)) return Results.Unauthorized();
            return fake.Media.TryGetValue(mediaSid, out var m) ? Results.Bytes(m.Bytes, m.ContentType) : Results.NotFound();
        });
        app.MapDelete("/2010-04-01/Accounts/{sid}/Messages/{messageSid}/Media/{mediaFile}", (HttpContext http, string sid, string mediaFile) =>
        {
            if (sid != AccountSid || !fake.Authorized(http)) return Results.Unauthorized();
            var mediaSid = mediaFile.EndsWith(".json", StringComparison.Ordinal) ? mediaFile[..^5] : mediaFile;
            return fake.Media.TryRemove(mediaSid, out _) ? Results.NoContent() : Results.NotFound();
        });
        await app.StartAsync();
        return fake;
    }

    public async Task<SentMessage> WaitForMessageAsync(Func<SentMessage, bool> match, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            var hit = Sent.FirstOrDefault(match);
            if (hit is not null) return hit;
            await Task.Delay(50);
        }
        throw new TimeoutException("No such message was sent through the REST API. Sent: " + string.Join(" | ", Sent.Select(s => s.To + ": " + s.Body)));
    }

    /// <summary>Waits until <paramref name="count"/> messages went to <paramref name="to"/>; returns the last.</summary>
    public async Task<SentMessage> WaitForCountAsync(string to, int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            var sent = Sent.Where(m => m.To == to).ToList();
            if (sent.Count >= count) return sent[count - 1];
            await Task.Delay(50);
        }
        throw new TimeoutException($"Fewer than {count} messages were sent to {to}.");
    }

    private bool Authorized(HttpContext http) =>
        http.Request.Headers.Authorization.ToString() == "Basic " + Convert.ToBase64String(Encoding.ASCII.GetBytes($"{AccountSid}:{AuthToken}"));

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
