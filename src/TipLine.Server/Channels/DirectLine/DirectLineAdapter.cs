using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using TipLine.Bot.Conversation;
using TipLine.Bot.Storage;

namespace TipLine.Server.Channels.DirectLine;

/// <summary>
/// The Bot Framework adapter behind the self-hosted Direct Line: what the bot sends is appended to the
/// conversation's activities in the turn's unit of work (so a reply exists exactly when the turn committed)
/// and the conversation's open streams are told once it has. Typing indicators are pushed, not stored.
/// </summary>
public sealed class DirectLineAdapter : BotAdapter
{
    public const string ChannelId = "webchat";
    public static readonly ChannelAccount BotAccount = new("tipline", "TipLine", RoleTypes.Bot);

    private readonly DirectLineConversations _conversations;
    private readonly DirectLineStreams _streams;
    private readonly Database _database;
    private readonly TimeProvider _clock;

    public DirectLineAdapter(DirectLineConversations conversations, DirectLineStreams streams, Database database, TimeProvider clock, TurnTelemetryMiddleware telemetry)
    {
        _conversations = conversations;
        _streams = streams;
        _database = database;
        _clock = clock;
        Use(telemetry);
    }

    public async Task ProcessAsync(Activity activity, IReadOnlyDictionary<string, object> turnState, BotCallbackHandler callback, CancellationToken ct)
    {
        using var turn = new TurnContext(this, activity);
        foreach (var (key, value) in turnState) turn.TurnState.Add(key, value);
        await RunPipelineAsync(turn, callback, ct);
    }

    /// <summary>
    /// A dispatcher's message into an open chat. Overridden because with the SDK's own the turn's state was found
    /// disposed while the pipeline still ran, once storing the message really waited (on PostgreSQL): here the
    /// turn lives until the pipeline has finished.
    /// </summary>
    public override async Task ContinueConversationAsync(string botId, ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        using var turn = new TurnContext(this, reference.GetContinuationActivity());
        await RunPipelineAsync(turn, callback, cancellationToken);
    }

    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        var responses = new List<ResourceResponse>();
        foreach (var activity in activities)
        {
            var conversationId = activity.Conversation?.Id ?? turnContext.Activity.Conversation.Id;
            activity.ChannelId = ChannelId;
            activity.From = BotAccount;
            activity.Recipient = turnContext.Activity.From;
            activity.Conversation = new ConversationAccount(id: conversationId);
            activity.Timestamp = _clock.GetUtcNow();
            if (activity.Type == ActivityTypes.Typing)
            {
                activity.Id = $"{conversationId}|typing";
                _streams.PushTransient(conversationId, DirectLineJson.ActivitySet([activity], watermark: null));
                responses.Add(new ResourceResponse(activity.Id));
                continue;
            }

            var stored = await _conversations.AppendAsync(conversationId, activity.Timestamp.Value, seq =>
            {
                activity.Id = DirectLineJson.ActivityId(conversationId, seq);
                return JsonConvert.SerializeObject(activity, DirectLineJson.Settings);
            }, cancellationToken);
            if (stored is null) throw new InvalidOperationException("The web chat conversation has ended; the reply was not stored.");
            _database.AfterCommit(() => _streams.NotifyStored(conversationId));
            responses.Add(new ResourceResponse(activity.Id));
        }
        return [.. responses];
    }

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        throw new NotSupportedException("Web chat messages are not changed once sent.");

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        throw new NotSupportedException("Web chat messages are not deleted one by one.");
}
