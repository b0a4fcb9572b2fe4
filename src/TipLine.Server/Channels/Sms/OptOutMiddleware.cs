using Microsoft.Bot.Builder;
using IMiddleware = Microsoft.Bot.Builder.IMiddleware;
using Microsoft.Bot.Schema;
using TipLine.Bot.Conversation;
using TipLine.Bot.Storage;

namespace TipLine.Server.Channels.Sms;

/// <summary>
/// Never text someone who sent STOP until they send START: whatever the bot says to an opted-out sender is
/// dropped before it reaches the adapter (TwiML or REST alike). The turn itself still runs, so what they
/// write is recorded. The STOP confirmation is the one message that goes out.
/// </summary>
public sealed class OptOutMiddleware(OptOuts optOuts) : IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        var isKeyword = activity.Type == ActivityTypes.Event && activity.Name is ControlEvents.Stop or ControlEvents.Start or ControlEvents.Help;
        if (!isKeyword && await optOuts.IsOptedOutAsync(activity.Conversation.Id, cancellationToken))
        {
            turnContext.OnSendActivities((_, activities, _) => Task.FromResult(activities.Select(a => new ResourceResponse()).ToArray()));
        }
        await next(cancellationToken);
    }
}
