using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace TipLine.EndToEnd.Tests.Harness;

/// <summary>A Bot Framework channel's connector (the activity's serviceUrl): receives the bot's replies as the Bot Connector API does.</summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeConnector(WebApplication app, Uri baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }
    public ConcurrentQueue<(string ConversationId, JsonElement Activity)> Replies { get; } = new();

    public static async Task<FakeConnector> StartAsync()
    {
        var (app, url) = LocalHttpServer.Create();
        var connector = new FakeConnector(app, url);
        // Bot Connector API v3: replies go to /v3/conversations/{id}/activities/{replyToId}, new messages to .../activities.
        app.MapPost("/v3/conversations/{conversationId}/activities/{replyTo?}", async (string conversationId, HttpRequest request) =>
        {
            var activity = await JsonSerializer.DeserializeAsync<JsonElement>(request.Body);
            connector.Replies.Enqueue((conversationId, activity));
            return Results.Json(new { id = "reply-" + connector.Replies.Count });
        });
        await app.StartAsync();
        return connector;
    }

    public async Task<JsonElement> WaitForReplyAsync(string conversationId, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            var found = Replies.FirstOrDefault(r => r.ConversationId == conversationId);
            if (found.Activity.ValueKind != JsonValueKind.Undefined) return found.Activity;
            await Task.Delay(50);
        }
        throw new TimeoutException($"No reply reached the connector for {conversationId}.");
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
