using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using TipLine.Bot.Privacy;
using TipLine.Bot.Storage;
using TipLine.Server.Hosting;
using Twilio.Security;
using Twilio.TwiML;

namespace TipLine.Server.Channels.Sms;

/// <summary>
/// <c>POST /sms/inbound</c> and <c>POST /sms/status</c>: Twilio's webhooks. A request is checked (size, form,
/// signature, fields) before anything is stored; a retried webhook (same MessageSid) is answered from the
/// ledger without a second turn.
/// </summary>
public sealed partial class SmsWebhook(
    IOptions<TwilioOptions> options,
    TwilioCredentials credentials,
    AddressHasher hasher,
    InboundLedger ledger,
    OptOuts optOuts,
    SmsTurnProcessor processor,
    TwilioRestSender rest,
    Readiness readiness,
    DispatcherSms dispatchers,
    SecurityMetrics security,
    SenderRateLimiter limiter,
    TimeProvider clock,
    IHostApplicationLifetime lifetime,
    ILogger<SmsWebhook> logger)
{
    public const long MaxBodyBytes = 64 * 1024;
    public const int MaxMessageLength = 5000;
    private const int MaxMedia = 10;

    public async Task<IResult> InboundAsync(HttpContext http)
    {
        var (form, error) = await ReadSignedFormAsync(http);
        if (error is not null) return error;

        var sid = form!["MessageSid"].ToString();
        var from = form["From"].ToString();
        var body = form["Body"].ToString();
        if (!SidPattern().IsMatch(sid)) return Problem(400, "MessageSid is missing or malformed.");
        if (from.Length is 0 or > 64) return Problem(400, "From is missing or malformed.");
        if (body.Length > MaxMessageLength) return Problem(413, "Body is too long.");
        if (!int.TryParse(form["NumMedia"].FirstOrDefault() ?? "0", NumberStyles.None, CultureInfo.InvariantCulture, out var numMedia) || numMedia > MaxMedia)
        {
            return Problem(400, "NumMedia is malformed.");
        }

        if (!await readiness.WaitAsync(TimeSpan.FromSeconds(20), http.RequestAborted)) return Problem(503, "Starting up.");

        if (dispatchers.IndexOf(from) is var onCall and >= 0)
        {
            return TwiML(await dispatchers.HandleAsync(onCall, body, lifetime.ApplicationStopping));
        }

        var media = Enumerable.Range(0, numMedia)
            .Select(i => new SmsMedia(form[$"MediaUrl{i}"].ToString(), form[$"MediaContentType{i}"].ToString()))
            .Where(m => m.Url.Length > 0)
            .ToList();
        var key = hasher.Hash(SmsAdapter.ChannelId, from);
        var optedOut = await optOuts.IsOptedOutAsync(key, http.RequestAborted);
        var keyword = SmsKeywords.Match(body, optedOut);
        var payload = new SmsPayload(body, media, keyword?.Event, keyword?.Language, form["To"].ToString());

        var claim = await ledger.ClaimAsync(SmsAdapter.ChannelId, sid, key, clock.GetUtcNow(), JsonSerializer.Serialize(payload, SmsTurnProcessor.PayloadJson), http.RequestAborted);
        switch (claim.Outcome)
        {
            case ClaimOutcome.AlreadyDone:
                security.Refused("replayed", "sms");
                logger.LogInformation("Webhook retry for {MessageSid}: answered from the ledger", sid);
                return TwiML(optedOut ? null : claim.Reply);
            case ClaimOutcome.AlreadyPending:
                logger.LogInformation("Webhook retry for {MessageSid} while its turn is running", sid);
                return TwiML(null);
        }

        if (keyword is null && !limiter.TryAcquire(key))
        {
            // Held, not dropped: the text is in the ledger and the sweeper runs it shortly.
            security.Refused("rate_limited", "sms");
            logger.LogWarning("Sender {Conversation} is over the text rate; turn held", key);
            return TwiML(optedOut ? null : "You are sending many messages at once. We have all of them; please wait a minute before sending more.");
        }

        // The turn runs on its own: it must finish even if Twilio hangs up, so it is not tied to the request.
        // A deadline of zero or less sends every reply through the REST API.
        var turn = Task.Run(() => processor.ProcessPendingAsync(key, from, lifetime.ApplicationStopping));
        var deadline = TimeSpan.FromSeconds(options.Value.ReplyDeadlineSeconds);
        if (deadline <= TimeSpan.Zero || await Task.WhenAny(turn, Task.Delay(deadline, clock)) != turn)
        {
            _ = SendLateAsync(turn, from);
            return TwiML(null);
        }

        return TwiML(string.Join("\n", await turn));
    }

    public async Task<IResult> StatusAsync(HttpContext http)
    {
        var (form, error) = await ReadSignedFormAsync(http);
        if (error is not null) return error;
        logger.LogInformation("Message {MessageSid} is {Status}", form!["MessageSid"].ToString(), form["MessageStatus"].ToString());
        return Results.NoContent();
    }

    /// <summary>A turn that missed the webhook's deadline: its replies go out through the REST API.</summary>
    private async Task SendLateAsync(Task<IReadOnlyList<string>> turn, string to)
    {
        try
        {
            var replies = await turn;
            if (replies.Count == 0) return;
            await rest.SendAsync(to, string.Join("\n", replies));
            logger.LogInformation("A slow turn's reply was sent through the REST API");
        }
        catch (Exception e)
        {
            logger.LogError(e, "A slow turn failed or its reply could not be sent");
        }
    }

    private async Task<(IFormCollection? Form, IResult? Error)> ReadSignedFormAsync(HttpContext http)
    {
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = MaxBodyBytes;
        if (http.Request.ContentLength > MaxBodyBytes) return (null, Problem(413, "The request body is too large."));
        if (!http.Request.HasFormContentType) return (null, Problem(415, "Expected application/x-www-form-urlencoded."));

        IFormCollection form;
        try
        {
            form = await http.Request.ReadFormAsync(http.RequestAborted);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, Problem(413, "The request body is too large."));
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException or IOException)
        {
            return (null, Problem(400, "The form could not be read."));
        }

        var signature = http.Request.Headers["X-Twilio-Signature"].ToString();
        var url = PublicUrl(http);
        var parameters = form.ToDictionary(f => f.Key, f => f.Value.ToString());
        if (signature.Length == 0 || !new RequestValidator(credentials.AuthToken).Validate(url, parameters, signature))
        {
            security.Refused("forged_signature", http.Request.Path);
            logger.LogWarning("Refused a webhook with a missing or invalid Twilio signature");
            return (null, Problem(403, "Invalid signature."));
        }
        return (form, null);
    }

    /// <summary>The URL Twilio signed: the configured public base URL (behind a proxy), else the request's own.</summary>
    private string PublicUrl(HttpContext http)
    {
        var path = http.Request.Path + http.Request.QueryString;
        return options.Value.PublicBaseUrl is { Length: > 0 } publicBase
            ? publicBase.TrimEnd('/') + path
            : $"{http.Request.Scheme}://{http.Request.Host}{path}";
    }

    private static IResult TwiML(string? reply)
    {
        var response = new MessagingResponse();
        if (!string.IsNullOrEmpty(reply)) response.Message(reply);
        return Results.Content(response.ToString(), "application/xml");
    }

    private static IResult Problem(int status, string detail) => Results.Problem(detail: detail, statusCode: status);

    [GeneratedRegex("^[A-Z]{2}[0-9a-fA-F]{32}$")]
    private static partial Regex SidPattern();
}
