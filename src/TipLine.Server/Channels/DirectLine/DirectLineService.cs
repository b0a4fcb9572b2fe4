using System.Buffers;
using System.Globalization;
using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using TipLine.Bot.Conversation;
using TipLine.Bot.Storage;
using TipLine.Core.Text;
using TipLine.Server.Hosting;

namespace TipLine.Server.Channels.DirectLine;

/// <summary>
/// The Direct Line 3.0 service, self-hosted (shared/spec/interfaces.md): tokens, conversations, activities
/// with watermarks and the WebSocket stream, so Microsoft's own clients (Web Chat, botframework-directlinejs)
/// talk to the bot without any third-party relay. A visitor's activity is stored and put in the inbound
/// ledger before its turn runs, so nothing they wrote is lost if the turn fails.
/// </summary>
public sealed class DirectLineService(
    DirectLineTokens tokens,
    DirectLineConversations conversations,
    InboundLedger ledger,
    DirectLineTurnProcessor processor,
    DirectLineStreams streams,
    Database database,
    IOptions<DirectLineOptions> options,
    SecurityMetrics security,
    TimeProvider clock,
    ILogger<DirectLineService> logger)
{
    private const int MaxActivityBytes = 64 * 1024;
    private static readonly TimeSpan StreamTokenLifetime = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan StorePollInterval = TimeSpan.FromSeconds(2);

    private TimeSpan TokenLifetime => TimeSpan.FromSeconds(Math.Max(5, options.Value.TokenLifetimeSeconds));

    /// <summary>POST tokens/generate: a trusted issuer (holding the secret) gets a token for a new conversation.</summary>
    public async Task<IResult> GenerateAsync(HttpContext http)
    {
        if (await AuthorizeAsync(http, conversationId: null) is { } refused) return refused;
        if (CredentialOf(http) is not Credential.Secret) return Error(StatusCodes.Status403Forbidden, "BadArgument", "tokens/generate needs the Direct Line secret.");
        var conversationId = await NewConversationAsync(http.RequestAborted);
        return Results.Json(TokenResponse(conversationId, http, withStream: false));
    }

    /// <summary>The web page's own token: a new conversation, without the secret ever reaching the browser (rate-limited per IP).</summary>
    public async Task<IResult> PageTokenAsync(HttpContext http)
    {
        var conversationId = await NewConversationAsync(http.RequestAborted);
        return Results.Json(TokenResponse(conversationId, http, withStream: false));
    }

    /// <summary>POST tokens/refresh: a valid token for the same conversation, with a new expiry.</summary>
    public async Task<IResult> RefreshAsync(HttpContext http)
    {
        if (await AuthorizeAsync(http, conversationId: null) is { } refused) return refused;
        if (CredentialOf(http) is not Credential.Token { Kind: TokenKind.Conversation } token) return Error(StatusCodes.Status403Forbidden, "BadArgument", "Only a conversation token can be refreshed.");
        if (!await conversations.IsOpenAsync(token.ConversationId, http.RequestAborted)) return Ended();
        return Results.Json(TokenResponse(token.ConversationId, http, withStream: false));
    }

    /// <summary>POST conversations: with the secret, a new conversation; with a token, the token's own conversation.</summary>
    public async Task<IResult> StartAsync(HttpContext http)
    {
        if (await AuthorizeAsync(http, conversationId: null) is { } refused) return refused;
        var conversationId = CredentialOf(http) switch
        {
            Credential.Token { Kind: TokenKind.Conversation } token => token.ConversationId,
            Credential.Secret => await NewConversationAsync(http.RequestAborted),
            _ => null,
        };
        if (conversationId is null) return Error(StatusCodes.Status403Forbidden, "BadArgument", "A stream token cannot start a conversation.");
        if (!await conversations.IsOpenAsync(conversationId, http.RequestAborted)) return Ended();
        return Results.Json(TokenResponse(conversationId, http, withStream: true), statusCode: StatusCodes.Status201Created);
    }

    /// <summary>GET conversations/{id}?watermark=: reconnect, with a fresh streamUrl that resumes after the watermark.</summary>
    public async Task<IResult> ReconnectAsync(HttpContext http, string conversationId)
    {
        if (await AuthorizeAsync(http, conversationId) is { } refused) return refused;
        if (!TryWatermark(http, out var watermark)) return Error(StatusCodes.Status400BadRequest, "BadArgument", "The watermark is not a number.");
        return Results.Json(TokenResponse(conversationId, http, withStream: true, watermark));
    }

    /// <summary>GET conversations/{id}/activities?watermark=: polling clients read what came after their watermark.</summary>
    public async Task<IResult> GetActivitiesAsync(HttpContext http, string conversationId)
    {
        if (await AuthorizeAsync(http, conversationId) is { } refused) return refused;
        if (!TryWatermark(http, out var watermark)) return Error(StatusCodes.Status400BadRequest, "BadArgument", "The watermark is not a number.");
        var stored = await conversations.AfterAsync(conversationId, watermark, http.RequestAborted);
        var body = DirectLineJson.ActivitySet([.. stored.Select(a => a.Json)], stored.Count > 0 ? stored[^1].Seq : watermark);
        return Results.Text(body, "application/json", Encoding.UTF8);
    }

    /// <summary>POST conversations/{id}/activities: the visitor's activity, stored and answered; returns its id.</summary>
    public async Task<IResult> PostActivityAsync(HttpContext http, string conversationId)
    {
        if (await AuthorizeAsync(http, conversationId) is { } refused) return refused;
        var (activity, problem) = await ReadActivityAsync(http);
        if (problem is not null) return problem;

        if (activity!.Type == ActivityTypes.Typing) return Results.Json(new { id = $"{conversationId}|typing" });
        var id = await AcceptAsync(conversationId, activity, http.RequestAborted);
        if (id is null) return Ended();
        return Results.Json(new { id });
    }

    /// <summary>POST /webchat/exit (the page's Exit, sent as a beacon with the token as its body): ends and wipes the conversation.</summary>
    public async Task<IResult> ExitAsync(HttpContext http)
    {
        string bearer;
        using (var reader = new StreamReader(http.Request.Body))
        {
            var buffer = new char[4097];
            var read = await reader.ReadBlockAsync(buffer, http.RequestAborted);
            bearer = new string(buffer, 0, read).Trim();
        }
        if (await tokens.CheckAsync(bearer) is not Credential.Token { Kind: TokenKind.Conversation } token)
        {
            security.Refused("invalid-token", "webchat/exit");
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }
        if (await conversations.IsOpenAsync(token.ConversationId, http.RequestAborted))
        {
            await AcceptAsync(token.ConversationId, new Activity { Type = ActivityTypes.EndOfConversation, From = new ChannelAccount("visitor") }, http.RequestAborted);
        }
        return Results.NoContent();
    }

    /// <summary>The WebSocket at streamUrl: every activity after the watermark, then each new one as it is stored; empty keep-alives when idle.</summary>
    public async Task StreamAsync(HttpContext http, string conversationId)
    {
        var check = await tokens.CheckAsync(http.Request.Query["t"].ToString());
        var refused = await RefusalAsync(check, conversationId, "stream", http.RequestAborted);
        if (refused is not null)
        {
            await refused.ExecuteAsync(http);
            return;
        }
        if (!http.WebSockets.IsWebSocketRequest)
        {
            await Error(StatusCodes.Status400BadRequest, "BadArgument", "streamUrl is a WebSocket.").ExecuteAsync(http);
            return;
        }
        TryWatermark(http, out var watermark);

        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        using var subscription = streams.Subscribe(conversationId);
        using var closed = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        var receiving = DrainAsync(socket, closed);
        var keepAlive = TimeSpan.FromSeconds(Math.Max(1, options.Value.KeepAliveSeconds));
        var lastSent = clock.GetUtcNow();
        try
        {
            watermark = await SendStoredAsync(socket, conversationId, watermark, closed.Token);
            while (!closed.IsCancellationRequested && socket.State == WebSocketState.Open)
            {
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(closed.Token);
                wait.CancelAfter(StorePollInterval);
                string? transient = null;
                var news = false;
                try
                {
                    if (!await subscription.Reader.WaitToReadAsync(wait.Token)) break; // the conversation ended
                    while (subscription.Reader.TryRead(out var item))
                    {
                        if (item is null) news = true;
                        else transient = item;
                    }
                }
                catch (OperationCanceledException) when (!closed.IsCancellationRequested)
                {
                    // No news in this process; another instance may have written (multi-instance).
                    news = await conversations.LastSeqAsync(conversationId, closed.Token) > watermark;
                }

                if (transient is not null) await SendAsync(socket, transient, closed.Token);
                if (news) watermark = await SendStoredAsync(socket, conversationId, watermark, closed.Token);
                if (transient is not null || news) lastSent = clock.GetUtcNow();
                else if (clock.GetUtcNow() - lastSent >= keepAlive)
                {
                    await SendAsync(socket, "", closed.Token);
                    lastSent = clock.GetUtcNow();
                }
            }
            if (socket.State == WebSocketState.Open)
            {
                await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "conversation ended", CancellationToken.None);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // The client went away: it reconnects with its watermark and misses nothing.
        }
        closed.Cancel();
        await receiving;
    }

    /// <summary>Stores the visitor's activity and puts it in the ledger (one transaction), then runs its turn. Null when the conversation has ended.</summary>
    private async Task<string?> AcceptAsync(string conversationId, Activity activity, CancellationToken ct)
    {
        var ending = activity.Type == ActivityTypes.EndOfConversation || (activity.Type == ActivityTypes.Event && activity.Name == ControlEvents.Stop)
            || (activity.Type == ActivityTypes.Message && TextNormalizer.FoldCommand(activity.Text ?? "") == "stop");
        var now = clock.GetUtcNow();
        var echo = new Activity
        {
            Type = activity.Type,
            Text = activity.Text,
            Name = activity.Name,
            Value = activity.Type == ActivityTypes.Event ? activity.Value : null,
            Locale = activity.Locale,
            ChannelId = DirectLineAdapter.ChannelId,
            Timestamp = now,
            From = new ChannelAccount(activity.From?.Id ?? "visitor", activity.From?.Name, RoleTypes.User),
            Conversation = new ConversationAccount(id: conversationId),
            // Web Chat matches its sent message by clientActivityID; nothing else the client sent is kept.
            ChannelData = ClientActivityId(activity) is { } clientId ? new JObject { ["clientActivityID"] = clientId } : null,
        };
        var payload = new WebChatPayload(
            ending ? ActivityTypes.Event : activity.Type, ending ? null : activity.Text, ending ? ControlEvents.Stop : activity.Name,
            activity.Value as string, activity.Locale, activity.From?.Id);

        string? id = null;
        await using (var unit = database.BeginUnitOfWork())
        {
            var seq = await conversations.AppendAsync(conversationId, now, s =>
            {
                echo.Id = id = DirectLineJson.ActivityId(conversationId, s);
                return JsonConvert.SerializeObject(echo, DirectLineJson.Settings);
            }, ct);
            if (seq is null) return null;
            await ledger.ClaimAsync(DirectLineAdapter.ChannelId, id!, conversationId, now, System.Text.Json.JsonSerializer.Serialize(payload, DirectLineTurnProcessor.PayloadJson), ct);
            await unit.CommitAsync(ct);
        }
        streams.NotifyStored(conversationId);

        try
        {
            await processor.ProcessPendingAsync(conversationId, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Stored and pending: the sweeper runs it again shortly. The visitor's message is not lost.
            logger.LogError("A web chat turn on {Conversation} failed with {Exception}; it stays pending", conversationId, e.GetType().Name);
            return id;
        }
        if (ending)
        {
            await conversations.EndAsync(conversationId, clock.GetUtcNow(), ct);
            streams.Close(conversationId);
            logger.LogInformation("Web chat {Conversation} ended and wiped", conversationId);
        }
        return id;
    }

    private async Task<(Activity? Activity, IResult? Problem)> ReadActivityAsync(HttpContext http)
    {
        if (http.Request.ContentLength > MaxActivityBytes) return (null, Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", "The activity is too large."));
        if (http.Request.ContentType is not { } type || !type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return (null, Error(StatusCodes.Status415UnsupportedMediaType, "BadArgument", "Activities are JSON (application/json)."));
        }

        var buffer = new ArrayBufferWriter<byte>();
        var body = http.Request.Body;
        var chunk = new byte[8192];
        int read;
        while ((read = await body.ReadAsync(chunk, http.RequestAborted)) > 0)
        {
            if (buffer.WrittenCount + read > MaxActivityBytes) return (null, Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", "The activity is too large."));
            buffer.Write(chunk.AsSpan(0, read));
        }

        Activity? activity;
        try
        {
            var text = Encoding.UTF8.GetString(buffer.WrittenSpan);
            activity = JsonConvert.DeserializeObject<Activity>(text, DirectLineJson.Settings);
        }
        catch (Exception e) when (e is Newtonsoft.Json.JsonException or ArgumentException or InvalidCastException or FormatException or OverflowException)
        {
            return (null, Error(StatusCodes.Status400BadRequest, "BadArgument", "The body is not a valid activity (JSON)."));
        }
        if (activity is null) return (null, Error(StatusCodes.Status400BadRequest, "BadArgument", "The body is not an activity."));

        switch (activity.Type)
        {
            case ActivityTypes.Message:
                if (activity.Attachments is { Count: > 0 }) return (null, Error(StatusCodes.Status400BadRequest, "BadArgument", "Attachments are not accepted here: please describe what you saw in words."));
                if (string.IsNullOrWhiteSpace(activity.Text)) return (null, Error(StatusCodes.Status400BadRequest, "BadArgument", "A message needs text."));
                if (activity.Text.Length > options.Value.MaxTextLength)
                {
                    return (null, Error(StatusCodes.Status400BadRequest, "MessageSizeTooBig", $"A message can be at most {options.Value.MaxTextLength} characters: please split it."));
                }
                activity.Text = TextNormalizer.Sanitize(activity.Text);
                break;
            case ActivityTypes.Event:
                if (activity.Name is not { Length: > 0 and <= 100 } || activity.Value is not (null or string { Length: <= 100 }))
                {
                    return (null, Error(StatusCodes.Status400BadRequest, "BadArgument", "An event needs a short name and at most a short text value."));
                }
                break;
            case ActivityTypes.EndOfConversation:
            case ActivityTypes.Typing:
                break;
            default:
                return (null, Error(StatusCodes.Status400BadRequest, "BadArgument", $"Activities of type '{Truncate(activity.Type)}' are not accepted."));
        }
        if (activity.From?.Id is { Length: > 200 } || activity.Locale is { Length: > 20 } || ClientActivityId(activity) is { Length: > 100 })
        {
            return (null, Error(StatusCodes.Status400BadRequest, "BadArgument", "from.id, locale or clientActivityID is too long."));
        }
        return (activity, null);
    }

    private static string? ClientActivityId(Activity activity) =>
        activity.ChannelData is JObject data && data["clientActivityID"] is JValue { Type: JTokenType.String } value ? (string?)value : null;

    private static string Truncate(string? text) => text is null ? "" : text.Length <= 40 ? text : text[..40];

    private async Task<string> NewConversationAsync(CancellationToken ct)
    {
        var id = Base64Url(RandomNumberGenerator.GetBytes(18));
        await conversations.CreateAsync(id, clock.GetUtcNow(), ct);
        return id;
    }

    private object TokenResponse(string conversationId, HttpContext http, bool withStream, long watermark = 0)
    {
        var token = tokens.Mint(conversationId, TokenKind.Conversation, TokenLifetime);
        var expires = (int)TokenLifetime.TotalSeconds;
        if (!withStream) return new { conversationId, token, expires_in = expires };
        var scheme = http.Request.IsHttps ? "wss" : "ws";
        var stream = tokens.Mint(conversationId, TokenKind.Stream, StreamTokenLifetime);
        var streamUrl = $"{scheme}://{http.Request.Host}/v3/directline/conversations/{Uri.EscapeDataString(conversationId)}/stream?watermark={watermark}&t={Uri.EscapeDataString(stream)}";
        return new { conversationId, token, expires_in = expires, streamUrl };
    }

    private static Credential CredentialOf(HttpContext http) => (Credential)http.Items[typeof(Credential)]!;

    /// <summary>Checks the bearer credential (and, for a conversation's endpoints, that it opens this conversation). Null when allowed.</summary>
    private async Task<IResult?> AuthorizeAsync(HttpContext http, string? conversationId)
    {
        var header = http.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            security.Refused("missing-credential", "directline");
            return Error(StatusCodes.Status401Unauthorized, "Unauthorized", "A Direct Line secret or token is required (Authorization: Bearer ...).");
        }
        var credential = await tokens.CheckAsync(header["Bearer ".Length..].Trim());
        http.Items[typeof(Credential)] = credential;
        return await RefusalAsync(credential, conversationId, "directline", http.RequestAborted);
    }

    private async Task<IResult?> RefusalAsync(Credential credential, string? conversationId, string endpoint, CancellationToken ct)
    {
        switch (credential)
        {
            case Credential.Expired:
                security.Refused("expired-token", endpoint);
                return Error(StatusCodes.Status403Forbidden, "TokenExpired", "The token has expired.");
            case Credential.Invalid:
                security.Refused("invalid-token", endpoint);
                return Error(StatusCodes.Status403Forbidden, "BadArgument", "The secret or token is not valid.");
            case Credential.Token token when conversationId is not null && token.ConversationId != conversationId:
                security.Refused("cross-conversation-token", endpoint);
                return Error(StatusCodes.Status403Forbidden, "BadArgument", "This token is for another conversation.");
            case Credential.Token { Kind: TokenKind.Stream } when endpoint != "stream":
                security.Refused("stream-token-misused", endpoint);
                return Error(StatusCodes.Status403Forbidden, "BadArgument", "A stream token opens only the stream.");
        }
        if (conversationId is not null && !await conversations.IsOpenAsync(conversationId, ct)) return Ended();
        return null;
    }

    private async Task<long> SendStoredAsync(WebSocket socket, string conversationId, long watermark, CancellationToken ct)
    {
        var stored = await conversations.AfterAsync(conversationId, watermark, ct);
        if (stored.Count == 0) return watermark;
        await SendAsync(socket, DirectLineJson.ActivitySet([.. stored.Select(a => a.Json)], stored[^1].Seq), ct);
        return stored[^1].Seq;
    }

    private static Task SendAsync(WebSocket socket, string text, CancellationToken ct) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, ct);

    /// <summary>Clients send nothing but empty pings; read and drop them, and notice when the client closes.</summary>
    private static async Task DrainAsync(WebSocket socket, CancellationTokenSource closed)
    {
        var buffer = new byte[1024];
        try
        {
            while (!closed.IsCancellationRequested)
            {
                var result = await socket.ReceiveAsync(buffer, closed.Token);
                if (result.MessageType == WebSocketMessageType.Close) break;
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
        }
        closed.Cancel();
    }

    private static bool TryWatermark(HttpContext http, out long watermark)
    {
        var text = http.Request.Query["watermark"].ToString();
        watermark = 0;
        return text.Length == 0 || (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out watermark) && watermark >= 0);
    }

    private static IResult Ended() => Error(StatusCodes.Status404NotFound, "NotFound", "This conversation has ended or does not exist.");

    private static IResult Error(int status, string code, string message) =>
        Results.Json(new { error = new { code, message } }, statusCode: status);

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
