using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using TipLine.Bot.Conversation;
using TipLine.Bot.Dispatch;
using TipLine.Bot.Storage;
using TipLine.Bot.Translation;
using TipLine.Core.Tips;
using TipLine.Core.Triage;
using TipLine.Server.Channels.DirectLine;
using TipLine.Server.Channels.Sms;

namespace TipLine.Server.Console;

/// <summary>
/// What a dispatcher does to a tip from the console, each recorded in its audit trail: acknowledge an
/// emergency, change its urgency (with a reason), and write to the tipster on their own channel and in their
/// language, without ever seeing their number or any identifier. Changes to the tip itself take the
/// conversation's gate, so they never race the tipster's own turns.
/// </summary>
public sealed class TipActions(
    TipStore tips,
    TipSubmitter submitter,
    IStorage storage,
    ConversationGate gate,
    DurableTurn durable,
    Escalations escalations,
    Casework casework,
    DispatcherSms dispatcherSms,
    TwilioRestSender sms,
    OptOuts optOuts,
    DirectLineConversations chats,
    DirectLineAdapter directLine,
    IServiceProvider services,
    TimeProvider clock,
    ILogger<TipActions> logger)
{
    public const int MaxReplyLength = 600;

    /// <returns>An error to show, or null when done.</returns>
    public async Task<string?> AcknowledgeAsync(TipRow tip, string by, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var acknowledged = await escalations.AcknowledgeAsync(tip.Reference, by, now, ct);
        if (acknowledged is null) return "There is no open emergency page for this tip.";
        await escalations.AuditAsync(tip.TipId, by, "acknowledged", "in the console", now, ct);
        await casework.SetStateAsync(tip.TipId, CaseState.Acknowledged, by, now, ct);
        await dispatcherSms.TellOthersAsync(acknowledged, by, exceptIndex: -1, ct);
        return null;
    }

    public async Task<string?> ChangeUrgencyAsync(TipRow tip, Urgency urgency, string reason, string by, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(reason)) return "Say why the urgency changes.";
        var now = clock.GetUtcNow();
        Urgency? before = null;
        await WithTipAsync(tip, async fresh =>
        {
            before = fresh.Draft.Triage.Urgency;
            fresh.Draft.Triage.Urgency = urgency;
            // The task force's record follows: a new revision with the dispatcher's urgency.
            await submitter.SaveAsync(fresh, fresh.Draft, fresh.LastActivityAt, fresh.Revision > 0 ? SubmitReason.FollowUp : null, null, ct);
        }, ct);
        await escalations.AuditAsync(tip.TipId, by, "urgency", $"{before} → {urgency}: {reason.Trim()}", now, ct);
        return null;
    }

    /// <summary>Sends a dispatcher's message to the tipster, translated into their language when it is not English.</summary>
    public async Task<string?> ReplyAsync(TipRow tip, string english, string by, CancellationToken ct)
    {
        english = english.Trim();
        if (english.Length == 0) return "Write a message first.";
        if (english.Length > MaxReplyLength) return $"Keep it under {MaxReplyLength} characters: it may go out by SMS.";

        var language = tip.Draft.Language is "en" or "und" ? "en" : tip.Draft.Language;
        var text = english;
        if (language != "en")
        {
            if (services.GetService<TranslatorClient>() is not { } translator) return $"The tipster writes in '{language}' and no translator is configured: the message was not sent.";
            try
            {
                text = (await translator.TranslateAsync([english], language, ct))[0];
            }
            catch (HttpRequestException)
            {
                return "Machine translation failed, so the message was not sent. Try again in a moment.";
            }
        }

        await using (await gate.EnterAsync(ConversationGate.KeyOf(tip.Channel, tip.ConversationKey), ct))
        {
            var error = await DeliverAsync(tip, text, ct);
            if (error is not null) return error;
            await ChangeAsync(tip, fresh =>
            {
                fresh.Draft.Transcript.Add(new TranscriptEntry { At = clock.GetUtcNow(), FromTipster = false, Text = text, Staff = by, StaffEnglish = text == english ? null : english });
                return submitter.SaveAsync(fresh, fresh.Draft, fresh.LastActivityAt, null, null, ct, keepStatus: true);
            }, ct);
        }
        await escalations.AuditAsync(tip.TipId, by, "replied to tipster", $"{english.Length} characters", clock.GetUtcNow(), ct);
        logger.LogInformation("Dispatcher message sent on tip {TipId} ({Channel})", tip.TipId, tip.Channel);
        return null;
    }

    private async Task<string?> DeliverAsync(TipRow tip, string text, CancellationToken ct)
    {
        switch (tip.Channel)
        {
            case "sms":
                var state = await storage.ReadAsync([ConversationData.StorageKey(tip.ConversationKey)], ct);
                if (!state.TryGetValue(ConversationData.StorageKey(tip.ConversationKey), out var item) || item is not ConversationData { ReplyAddress: { } address })
                {
                    return "This tipster can no longer be reached: they ended the conversation, or it is too old.";
                }
                if (await optOuts.IsOptedOutAsync(tip.ConversationKey, ct)) return "The tipster texted STOP: they cannot be messaged.";
                await sms.SendAsync(address, text, ct);
                return null;
            case "webchat":
                if (!await chats.IsOpenAsync(tip.ConversationKey, ct)) return "The web chat has ended: the tipster can no longer be reached there.";
                var reference = new ConversationReference
                {
                    ChannelId = DirectLineAdapter.ChannelId,
                    Conversation = new ConversationAccount(id: tip.ConversationKey),
                    Bot = DirectLineAdapter.BotAccount,
                    User = new ChannelAccount("visitor", role: RoleTypes.User),
                    ServiceUrl = "directline:",
                };
                await directLine.ContinueConversationAsync(DirectLineAdapter.BotAccount.Id, reference,
                    (turn, token) => turn.SendActivityAsync(MessageFactory.Text(text), token), ct);
                return null;
            default:
                return "Talking back is not available on this channel.";
        }
    }

    private async Task WithTipAsync(TipRow tip, Func<TipRow, Task> change, CancellationToken ct)
    {
        await using var _ = await gate.EnterAsync(ConversationGate.KeyOf(tip.Channel, tip.ConversationKey), ct);
        await ChangeAsync(tip, change, ct);
    }

    /// <summary>Changes the tip as it is now (read again in the unit of work), the caller holding its gate.</summary>
    private Task ChangeAsync(TipRow tip, Func<TipRow, Task> change, CancellationToken ct) =>
        durable.RunAsync(async () =>
        {
            await change(await tips.FindAsync(tip.TipId, ct) ?? throw new InvalidOperationException("The tip is gone."));
            return true;
        }, ct);
}
