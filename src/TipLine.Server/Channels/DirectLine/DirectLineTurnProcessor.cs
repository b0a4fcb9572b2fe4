using System.Text.Json;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using TipLine.Bot.Conversation;
using TipLine.Bot.Storage;

namespace TipLine.Server.Channels.DirectLine;

/// <summary>What the ledger keeps of a visitor's activity until its turn has run.</summary>
public sealed record WebChatPayload(string Type, string? Text, string? Name, string? Value, string? Locale, string? UserId);

/// <summary>
/// Runs the turns of one web chat conversation, under its gate and in arrival order: each activity the
/// visitor posted (already stored and in the ledger) becomes a turn of the bot, in one unit of work with
/// its replies and the ledger mark, as SMS turns are.
/// </summary>
public sealed class DirectLineTurnProcessor(
    DirectLineAdapter adapter,
    IBot bot,
    InboundLedger ledger,
    ConversationGate gate,
    DurableTurn durable,
    DirectLineStreams streams) : IPendingTurns
{
    public static readonly JsonSerializerOptions PayloadJson = new(JsonSerializerDefaults.Web);

    public string Channel => DirectLineAdapter.ChannelId;

    public async Task ProcessPendingAsync(string conversationKey, CancellationToken ct)
    {
        await using var _ = await gate.EnterAsync(ConversationGate.KeyOf("webchat", conversationKey), ct);
        foreach (var message in await ledger.PendingAsync(Channel, conversationKey, ct))
        {
            var payload = JsonSerializer.Deserialize<WebChatPayload>(message.Payload, PayloadJson)!;
            var activity = new Activity
            {
                Type = payload.Type,
                Name = payload.Name,
                Value = payload.Value,
                Id = message.MessageId,
                ChannelId = Channel,
                Text = payload.Text,
                Locale = payload.Locale,
                Timestamp = message.ReceivedAt,
                From = new ChannelAccount(payload.UserId ?? "visitor", role: RoleTypes.User),
                Recipient = DirectLineAdapter.BotAccount,
                Conversation = new ConversationAccount(id: conversationKey),
                ServiceUrl = "directline:",
            };
            var typing = new Activity { Type = ActivityTypes.Typing, Conversation = activity.Conversation, From = DirectLineAdapter.BotAccount };
            streams.PushTransient(conversationKey, DirectLineJson.ActivitySet([typing], watermark: null));

            await durable.RunAsync(async () =>
            {
                await adapter.ProcessAsync(activity, new Dictionary<string, object>(), bot.OnTurnAsync, ct);
                await ledger.CompleteAsync([message.Seq], "", ct);
                return true;
            }, ct);
        }
    }
}
