using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using TipLine.Bot.Conversation;
using TipLine.Bot.Privacy;

namespace TipLine.Server.Channels.BotFramework;

/// <summary>
/// The bot as Azure Bot Service channels reach it through the SDK's CloudAdapter at /api/messages (Teams,
/// Microsoft's own Direct Line, and the rest). Each turn runs under its conversation's gate in one unit of
/// work, as on our own channels; its replies are held until the turn has committed, so a turn run again
/// after a conflict answers once, and a turn that failed says nothing it did not keep. Conversations are
/// stored under a keyed hash of the channel's conversation id, never the id itself.
/// </summary>
public sealed class BotFrameworkTurns(IBot bot, DurableTurn durable, ConversationGate gate, AddressHasher hasher) : IBot
{
    public const string Channel = "botframework";

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        // Joins, leaves and reactions carry nothing to record.
        if (activity.Type is not (ActivityTypes.Message or ActivityTypes.Event) || activity.Conversation?.Id is null) return;

        var key = hasher.Hash(Channel, $"{activity.ChannelId}/{activity.Conversation.Id}");
        turnContext.TurnState[TurnKeys.ConversationKey] = key;
        turnContext.TurnState[TurnKeys.Channel] = Channel;

        var held = new List<Activity>();
        var holding = true;
        turnContext.OnSendActivities(async (_, activities, next) =>
        {
            if (!holding) return await next();
            held.AddRange(activities);
            return [.. activities.Select(a => new ResourceResponse(a.Id ?? ""))];
        });

        await using (await gate.EnterAsync(ConversationGate.KeyOf(Channel, key), cancellationToken))
        {
            await durable.RunAsync(async () =>
            {
                held.Clear();
                await bot.OnTurnAsync(turnContext, cancellationToken);
                return true;
            }, cancellationToken);
        }
        holding = false;
        if (held.Count > 0) await turnContext.SendActivitiesAsync([.. held], cancellationToken);
    }
}
