using System.Diagnostics;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;

namespace TipLine.Bot.Conversation;

/// <summary>
/// Logs each turn's channel, kind and duration, and any failure, by conversation hash only: message text and
/// addresses never reach the logs.
/// </summary>
public sealed class TurnTelemetryMiddleware(ILogger<TurnTelemetryMiddleware> logger) : IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(cancellationToken);
            logger.LogInformation("Turn {Channel}/{Type} on {Conversation} took {Elapsed} ms",
                activity.ChannelId, activity.Name ?? activity.Type, ConversationOf(turnContext), Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (Exception e)
        {
            // The exception type and stack, never its message: a message can quote user input.
            logger.LogError("Turn {Channel}/{Type} on {Conversation} failed with {Exception} at {Stack}",
                activity.ChannelId, activity.Name ?? activity.Type, ConversationOf(turnContext), e.GetType().Name, e.StackTrace);
            throw;
        }
    }

    /// <summary>
    /// The key the bot stored the conversation under (read after the turn, when the channel has set it): a Bot
    /// Framework channel's own conversation id can identify someone, and is never logged.
    /// </summary>
    private static string ConversationOf(ITurnContext turn)
    {
        try
        {
            return turn.TurnState.Get<string>(TurnKeys.ConversationKey) ?? (turn.Activity.ChannelId is "sms" or "webchat" ? turn.Activity.Conversation.Id : "(unkeyed)");
        }
        catch (ObjectDisposedException)
        {
            // The channel disposed the turn's state as it failed: the failure itself must still be logged.
            return "(ended)";
        }
    }
}
