using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace TipLine.EndToEnd.Tests.Harness;

/// <summary>
/// Someone on the web chat, speaking Direct Line 3.0 over plain HTTP (polling), as a minimal client would:
/// the protocol's own client is exercised by tests/directline. Says something and returns the bot's replies.
/// </summary>
public sealed class WebVisitor
{
    private readonly HttpClient _http;
    private readonly Uri _base;
    private long _watermark;

    private WebVisitor(HttpClient http, Uri baseUrl, string conversationId, string token)
    {
        _http = http;
        _base = baseUrl;
        ConversationId = conversationId;
        Token = token;
    }

    public string ConversationId { get; }
    public string Token { get; }

    public static async Task<WebVisitor> StartAsync(HttpClient http, Uri baseUrl)
    {
        using var response = await http.PostAsync(new Uri(baseUrl, "/webchat/token"), null);
        response.EnsureSuccessStatusCode();
        var issued = await response.Content.ReadFromJsonAsync<JsonElement>();
        return new WebVisitor(http, baseUrl, issued.GetProperty("conversationId").GetString()!, issued.GetProperty("token").GetString()!);
    }

    public Uri Url(string path) => new(_base, $"/v3/directline/conversations/{ConversationId}{path}");

    public HttpRequestMessage Request(HttpMethod method, string path, object? body = null)
    {
        var request = new HttpRequestMessage(method, Url(path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        if (body is not null) request.Content = JsonContent.Create(body);
        return request;
    }

    /// <summary>Sends an activity and waits for the bot's reply to it (joined when it says several things).</summary>
    public async Task<string> SayAsync(string text, string? locale = null) =>
        await SendAsync(new { type = "message", text, locale, from = new { id = "visitor", role = "user" } });

    public async Task<string> SendAsync(object activity)
    {
        using var sent = await _http.SendAsync(Request(HttpMethod.Post, "/activities", activity));
        if (sent.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"POST activities: {(int)sent.StatusCode} {await sent.Content.ReadAsStringAsync()}");
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            var replies = await ReadAsync();
            var fromBot = replies.Where(a => a.GetProperty("from").GetProperty("role").GetString() == "bot").Select(a => a.GetProperty("text").GetString()!).ToList();
            if (fromBot.Count > 0) return string.Join("\n", fromBot);
            await Task.Delay(100);
        }
        throw new TimeoutException("The bot did not answer on the web chat.");
    }

    /// <summary>The activities after the last watermark read.</summary>
    public async Task<IReadOnlyList<JsonElement>> ReadAsync()
    {
        using var response = await _http.SendAsync(Request(HttpMethod.Get, $"/activities?watermark={_watermark}"));
        response.EnsureSuccessStatusCode();
        var set = await response.Content.ReadFromJsonAsync<JsonElement>();
        _watermark = long.Parse(set.GetProperty("watermark").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        return [.. set.GetProperty("activities").EnumerateArray()];
    }

    /// <summary>What the page does on Exit or Escape: a beacon with the token.</summary>
    public async Task<HttpStatusCode> ExitAsync()
    {
        using var response = await _http.PostAsync(new Uri(_base, "/webchat/exit"), new StringContent(Token));
        return response.StatusCode;
    }
}
