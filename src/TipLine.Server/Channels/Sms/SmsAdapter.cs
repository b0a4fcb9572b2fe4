using Microsoft.Bot.Builder;
using IMiddleware = Microsoft.Bot.Builder.IMiddleware;
using Microsoft.Bot.Schema;

namespace TipLine.Server.Channels.Sms;

/// <summary>
/// The Bot Framework adapter for SMS over Twilio, in the manner of the SDK's retired Twilio adapter: an
/// inbound text becomes a message activity, and what the bot sends during that turn is collected to go
/// back as TwiML. Outside an inbound turn (proactive messages) it sends through the REST API.
/// The conversation id is a keyed hash of the sender's number, never the number itself.
/// </summary>
public sealed class SmsAdapter : BotAdapter
{
    private readonly TwilioRestSender _rest;
    private readonly ILogger<SmsAdapter> _logger;

    public SmsAdapter(TwilioRestSender rest, ILogger<SmsAdapter> logger, IEnumerable<IMiddleware> middleware)
    {
        _rest = rest;
        _logger = logger;
        foreach (var m in middleware) Use(m);
    }

    public const string ChannelId = "sms";
    private const string RepliesKey = "TipLine.Sms.Replies";
    private const string AddressKey = "TipLine.Sms.Address";

    /// <summary>Runs one turn and returns what the bot said, in order.</summary>
    public async Task<IReadOnlyList<string>> ProcessAsync(Activity activity, string address, IReadOnlyDictionary<string, object> turnState, BotCallbackHandler callback, CancellationToken ct)
    {
        using var turn = new TurnContext(this, activity);
        var replies = new List<string>();
        turn.TurnState.Add(RepliesKey, replies);
        turn.TurnState.Add(AddressKey, address);
        foreach (var (key, value) in turnState) turn.TurnState.Add(key, value);
        await RunPipelineAsync(turn, callback, ct);
        return replies;
    }

    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        var responses = new List<ResourceResponse>();
        foreach (var activity in activities)
        {
            if (activity.Type != ActivityTypes.Message || string.IsNullOrEmpty(activity.Text))
            {
                responses.Add(new ResourceResponse(Guid.NewGuid().ToString("N")));
                continue;
            }

            if (turnContext.TurnState.Get<List<string>>(RepliesKey) is { } replies)
            {
                replies.Add(activity.Text);
                responses.Add(new ResourceResponse(Guid.NewGuid().ToString("N")));
            }
            else if (turnContext.TurnState.Get<string>(AddressKey) is { } address)
            {
                responses.Add(new ResourceResponse(await _rest.SendAsync(address, activity.Text, cancellationToken)));
            }
            else
            {
                _logger.LogError("An SMS reply had no address to go to and was not sent");
                throw new InvalidOperationException("No SMS address for this turn.");
            }
        }
        return [.. responses];
    }

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        throw new NotSupportedException("A sent SMS cannot be changed.");

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        throw new NotSupportedException("A sent SMS cannot be deleted.");
}
