using System.Text.Json;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using TipLine.Bot.Conversation;
using TipLine.Bot.Storage;
using TipLine.Core.Tips;

namespace TipLine.Server.Channels.Sms;

/// <summary>What the ledger keeps of an inbound text until its turn has run. No phone number: it is not needed to process it.</summary>
public sealed record SmsPayload(string Body, IReadOnlyList<SmsMedia> Media, string? Keyword, string? KeywordLanguage, string To);

public sealed record SmsMedia(string Url, string ContentType);

/// <summary>
/// Runs the turns for one sender. Under the conversation's gate it takes every text of that sender not yet
/// handled, in arrival order: texts that arrived while an earlier turn ran are answered together as one
/// (people split a tip over several texts), keywords each as their own turn.
/// </summary>
public sealed class SmsTurnProcessor(
    SmsAdapter adapter,
    IBot bot,
    InboundLedger ledger,
    ConversationGate gate,
    OptOuts optOuts,
    TwilioMediaStore media,
    DurableTurn durable) : IPendingTurns
{
    public string Channel => SmsAdapter.ChannelId;

    /// <summary>Texts left pending (held, or left by a crash): their sender's number is not stored, so they are recorded but not answered.</summary>
    public Task ProcessPendingAsync(string conversationKey, CancellationToken ct) => ProcessPendingAsync(conversationKey, address: null, ct);

    public static readonly JsonSerializerOptions PayloadJson = new(JsonSerializerDefaults.Web);

    /// <param name="address">The sender's number, when known (null when recovering after a restart: such turns are recorded but not answered).</param>
    /// <returns>The replies to send, empty when the messages were already answered by an earlier turn.</returns>
    public async Task<IReadOnlyList<string>> ProcessPendingAsync(string conversationKey, string? address, CancellationToken ct)
    {
        await using var _ = await gate.EnterAsync(conversationKey, ct);
        var pending = await ledger.PendingAsync(SmsAdapter.ChannelId, conversationKey, ct);
        if (pending.Count == 0) return [];

        var replies = new List<string>();
        foreach (var group in Group(pending))
        {
            var payloads = group.Select(p => JsonSerializer.Deserialize<SmsPayload>(p.Payload, PayloadJson)!).ToList();
            var first = payloads[0];
            var stored = new List<StoredMedia>();
            foreach (var m in payloads.SelectMany(p => p.Media))
            {
                if (await media.FetchAsync(m.Url, m.ContentType, ct) is { } s) stored.Add(s);
            }

            var activity = new Activity
            {
                Type = first.Keyword is null ? ActivityTypes.Message : ActivityTypes.Event,
                Name = first.Keyword,
                Id = group[^1].MessageId,
                ChannelId = SmsAdapter.ChannelId,
                Text = first.Keyword is null ? string.Join("\n", payloads.Select(p => p.Body).Where(b => b.Length > 0)) : null,
                Timestamp = group[0].ReceivedAt,
                LocalTimestamp = group[0].ReceivedAt,
                From = new ChannelAccount(conversationKey),
                Recipient = new ChannelAccount(first.To),
                Conversation = new ConversationAccount(id: conversationKey),
                ServiceUrl = "sms:",
            };

            var state = new Dictionary<string, object> { [TurnKeys.Attachments] = stored };
            if (address is not null) state[TurnKeys.ReplyAddress] = address;
            if (first.KeywordLanguage is not null) state[TurnKeys.KeywordLanguage] = first.KeywordLanguage;

            // The turn, the opt-out change and marking the texts handled commit together.
            var turnReplies = await durable.RunAsync(async () =>
            {
                var said = await adapter.ProcessAsync(activity, address ?? "", state, bot.OnTurnAsync, ct);
                if (first.Keyword == ControlEvents.Stop) await optOuts.OptOutAsync(conversationKey, ct);
                if (first.Keyword == ControlEvents.Start) await optOuts.OptInAsync(conversationKey, ct);
                await ledger.CompleteAsync([.. group.Select(g => g.Seq)], string.Join("\n", said), ct);
                return said;
            }, ct);
            replies.AddRange(turnReplies);
        }

        return replies;
    }

    /// <summary>Consecutive plain texts form one turn; a keyword is a turn of its own.</summary>
    private static IEnumerable<List<PendingMessage>> Group(IReadOnlyList<PendingMessage> pending)
    {
        var current = new List<PendingMessage>();
        foreach (var message in pending)
        {
            var isKeyword = JsonSerializer.Deserialize<SmsPayload>(message.Payload, PayloadJson)!.Keyword is not null;
            if (isKeyword)
            {
                if (current.Count > 0) yield return current;
                current = [];
                yield return [message];
            }
            else
            {
                current.Add(message);
            }
        }
        if (current.Count > 0) yield return current;
    }
}
