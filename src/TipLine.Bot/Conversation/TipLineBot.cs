using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TipLine.Bot.Dispatch;
using TipLine.Bot.Storage;
using TipLine.Core.Dialogs;
using TipLine.Core.Language;
using TipLine.Core.Text;
using TipLine.Core.Tips;
using TipLine.Core.Triage;

namespace TipLine.Bot.Conversation;

/// <summary>
/// The bot behind every channel: one turn records the person's words on their tip, detects the language,
/// triages, runs the dialog, and saves the tip (queuing a revision for case intake when it is time) before
/// it answers. Channels reach it through their Bot Framework adapters.
/// </summary>
public sealed class TipLineBot(
    DialogRuntime dialogs,
    TriageEngine triage,
    LanguageIdentifier languages,
    IStorage storage,
    TipStore tips,
    TipSubmitter submitter,
    Escalations escalations,
    IOptions<DispatchOptions> dispatch,
    WakeSignal<Escalations> paging,
    Database database,
    IOptions<TipLineOptions> options,
    TimeProvider clock,
    ILogger<TipLineBot> logger) : IBot
{
    /// <summary>Channels run this inside <see cref="DurableTurn"/>, so everything it saves commits with the turn.</summary>
    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        var reply = await RunTurnAsync(turnContext, cancellationToken);
        if (!string.IsNullOrEmpty(reply)) await turnContext.SendActivityAsync(MessageFactory.Text(reply), cancellationToken);
    }

    private async Task<string?> RunTurnAsync(ITurnContext turn, CancellationToken ct)
    {
        var activity = turn.Activity;
        var key = turn.TurnState.Get<string>(TurnKeys.ConversationKey) ?? activity.Conversation.Id;
        var conversation = await LoadAsync(key, ct);
        return activity.Type switch
        {
            ActivityTypes.Message => await OnMessageAsync(turn, key, conversation, ct),
            ActivityTypes.Event => await OnControlAsync(turn, key, conversation, ct),
            _ => null,
        };
    }

    private async Task<string?> OnMessageAsync(ITurnContext turn, string key, ConversationData conversation, CancellationToken ct)
    {
        var activity = turn.Activity;
        var now = activity.Timestamp ?? clock.GetUtcNow();
        var text = TextNormalizer.Sanitize(activity.Text ?? "");
        var attachments = turn.TurnState.Get<List<StoredMedia>>(TurnKeys.Attachments) ?? [];
        var settings = options.Value;

        var tip = conversation.TipId is { } tipId ? await tips.FindAsync(tipId, ct) : null;
        if (tip is not null && now - tip.LastActivityAt > TimeSpan.FromHours(settings.FollowUpHours))
        {
            // More than a day later: a new tip, a new conversation.
            conversation = new ConversationData { ETag = conversation.ETag };
            tip = null;
        }
        var draft = tip?.Draft ?? new TipDraft { Channel = turn.TurnState.Get<string>(TurnKeys.Channel) ?? ChannelOf(activity), ChannelId = activity.ChannelId, ReceivedAt = now, LastActivityAt = now };

        if (turn.TurnState.Get<string>(TurnKeys.ReplyAddress) is { Length: > 0 } address) conversation.ReplyAddress = address;
        var entry = new TranscriptEntry { At = now, FromTipster = true, Text = text };
        draft.Transcript.Add(entry);
        draft.Attachments.AddRange(attachments);
        draft.LastActivityAt = now;
        var unknownLanguage = DecideLanguage(conversation, draft, text, activity.Locale);

        var urgencyBefore = draft.Triage.Urgency;
        // The story is the conversation's first message, or the answer to "what happened?" when the first was not one.
        var tellsTheTip = tip is null || !conversation.Dialog.Slots.ContainsKey("narrative");
        var decision = draft.Triage.ToDecision().Merge(triage.Assess(text, conversation.LanguageDecided ? draft.Language : null, now, tellsTheTip));
        if (tip is null)
        {
            // Created once the words are understood: the turn's first write, which takes SQLite's single writer.
            tip = await tips.CreateAsync(key, draft.Channel, draft, now, ct);
            conversation.TipId = tip.TipId;
            logger.LogInformation("New tip {TipId} ({Reference}) on {Channel}", tip.TipId, tip.Reference, draft.Channel);
        }
        if (!conversation.Dialog.Started && decision.FirstPersonHelp && !conversation.Dialog.Slots.ContainsKey("kind"))
        {
            // Someone writing about themselves goes straight to "are you safe to talk?", not "what did you see?".
            conversation.Dialog.Slots["kind"] = new SlotValue { FlowId = DialogSet.StartFlow, StepId = "inferred", Value = "help", Text = "", AnsweredAt = now };
        }

        var values = new Dictionary<string, string> { ["reference"] = tip.Reference };
        var replies = new List<string>();
        string? submitBecause = null;
        if (dialogs.Set.MatchLanguageName(TextNormalizer.FoldCommand(text)) is { } named)
        {
            // "español", "en français", "中文": the person chose; that outweighs any detection.
            conversation.LanguageDecided = true;
            draft.Language = named;
            var switched = dialogs.SwitchLanguage(conversation.Dialog, named, now, new DialogContext(decision.Urgency.ToString(), values));
            replies.AddRange(switched.Replies);
            entry.IsCommandOrPick = true;
        }
        else if (conversation.Dialog.Completed && tip.Revision > 0)
        {
            if (decision.Urgency == Urgency.P1 && !conversation.Dialog.UrgentGuidanceGiven && dialogs.Set.Events.TryGetValue("urgent", out var urgent))
            {
                replies.Add(dialogs.Set.Render(urgent, conversation.Dialog.Language, values));
                conversation.Dialog.UrgentGuidanceGiven = true;
            }
            replies.Add(dialogs.Set.Render("followup.added", conversation.Dialog.Language, values));
            submitBecause = SubmitReason.FollowUp;
        }
        else
        {
            var result = dialogs.Continue(conversation.Dialog, new DialogInput(text, now, attachments.Count), new DialogContext(decision.Urgency.ToString(), values));
            replies.AddRange(result.Replies);
            entry.IsCommandOrPick = result.Use != InputUse.Account;
            if (result.Completed) submitBecause = SubmitReason.Completed;
        }

        if (conversation.Dialog.ValueOf("safe_now") == "no")
        {
            decision = decision.Merge(new TriageDecision(Urgency.P1, false, OffenceType.Unknown, true, [new TriageReason("not_safe", "answer:safe_now=no", conversation.Dialog.Language)], []));
        }

        draft.Triage = TriageSnapshot.From(decision);
        if (decision.Urgency > urgencyBefore && decision.Urgency >= Urgency.P2)
        {
            // Dispatchers hear of it at once, on the turn that made it urgent, not at submission.
            await escalations.OpenAsync(tip.TipId, tip.Reference, decision.Urgency, TriageSummary.Of(decision), now, now.AddSeconds(dispatch.Value.P2BatchSeconds), ct);
            database.AfterCommit(paging.Notify);
        }
        draft.Answers = new Dictionary<string, SlotValue>(conversation.Dialog.Slots);
        draft.DialogCompleted = conversation.Dialog.Completed;
        draft.ContactAddress = conversation.Dialog.ValueOf("contact_ok") == "yes" ? turn.TurnState.Get<string>(TurnKeys.ReplyAddress) : null;

        if (unknownLanguage && !conversation.UnknownLanguageNoticeGiven)
        {
            replies.Insert(0, dialogs.Set.Render("language.unknown", "en", values) + "\n" + dialogs.Set.Render("language.unknown", "es", values));
            conversation.UnknownLanguageNoticeGiven = true;
        }

        var reply = string.Join("\n", replies);
        if (reply.Length > 0) draft.Transcript.Add(new TranscriptEntry { At = clock.GetUtcNow(), FromTipster = false, Text = reply });

        await submitter.SaveAsync(tip, draft, now, submitBecause, now.AddSeconds(settings.IdleSubmitSeconds), ct);
        await storage.WriteAsync(new Dictionary<string, object> { [ConversationData.StorageKey(key)] = conversation }, ct);
        logger.LogInformation("Turn on tip {TipId}: urgency {Urgency}, {Reasons} reasons, submitted: {Submitted}", tip.TipId, decision.Urgency, decision.Reasons.Count, submitBecause ?? "no");
        return reply;
    }

    /// <summary>STOP ends and wipes the conversation (its tip is sent as it stands); START begins anew; HELP explains the line.</summary>
    private async Task<string?> OnControlAsync(ITurnContext turn, string key, ConversationData conversation, CancellationToken ct)
    {
        var language = conversation.LanguageDecided
            ? conversation.Dialog.Language
            : turn.TurnState.Get<string>(TurnKeys.KeywordLanguage) is { } l && dialogs.Set.Languages.Contains(l) ? l : dialogs.Set.Languages[0];
        var none = new Dictionary<string, string>();
        switch (turn.Activity.Name)
        {
            case ControlEvents.Stop:
                if (conversation.TipId is { } tipId && await tips.FindAsync(tipId, ct) is { Status: TipRow.Open } open && open.Draft.TipsterWords.Any())
                {
                    await submitter.SaveAsync(open, open.Draft, open.LastActivityAt, SubmitReason.Stopped, null, ct);
                }
                await storage.DeleteAsync([ConversationData.StorageKey(key)], ct);
                return dialogs.Set.Render("sms.stopped", language, none);
            case ControlEvents.Start:
                await storage.DeleteAsync([ConversationData.StorageKey(key)], ct);
                return dialogs.Set.Render("sms.started", language, none);
            case ControlEvents.Help:
                return dialogs.Set.Render("sms.help", language, none);
            case ControlEvents.Hello:
                return dialogs.Set.Render("web.welcome", conversation.LanguageDecided ? language : LanguageOfLocale(turn.Activity.Value as string) ?? language, none);
            case ControlEvents.Language when LanguageOfLocale(turn.Activity.Value as string) is { } chosen:
                // A choice on the page outweighs any detection, as naming the language does.
                conversation.LanguageDecided = true;
                var context = new DialogContext(null, none);
                var switched = conversation.Dialog.Started
                    ? dialogs.SwitchLanguage(conversation.Dialog, chosen, clock.GetUtcNow(), context).Replies
                    : [dialogs.Set.Render("language.switched", conversation.Dialog.Language = chosen, none)];
                await storage.WriteAsync(new Dictionary<string, object> { [ConversationData.StorageKey(key)] = conversation }, ct);
                return string.Join("\n", switched);
            default:
                return null;
        }
    }

    /// <summary>The dialog language of a locale such as "ar-EG" or "zh-Hans", if it is one of ours.</summary>
    private string? LanguageOfLocale(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale)) return null;
        var language = locale.Split('-', '_')[0].ToLowerInvariant();
        return dialogs.Set.Languages.Contains(language) ? language : null;
    }

    /// <returns>True when the text is in none of the eleven languages (the person is offered English or Spanish).</returns>
    private bool DecideLanguage(ConversationData conversation, TipDraft draft, string text, string? locale)
    {
        if (!conversation.LanguageDecided && !conversation.Dialog.Started && LanguageOfLocale(locale) is { } hinted)
        {
            // The browser's language: a first guess that a message long enough to trust still overrides.
            conversation.Dialog.Language = hinted;
            draft.Language = hinted;
        }
        if (conversation.LanguageDecided || !LanguageIdentifier.IsDecisive(text) || languages.Identify(text) is not { } detected) return false;
        if (detected == LanguageIdentifier.Undetermined)
        {
            // Not decided: a later message in one of our languages, or naming one, still can. The words are translated for the task force.
            draft.Language = LanguageIdentifier.Undetermined;
            return true;
        }
        conversation.LanguageDecided = true;
        draft.Language = detected;
        // Prompts exist in every dialog language; a language without them is answered in the first (English).
        conversation.Dialog.Language = dialogs.Set.Languages.Contains(detected) ? detected : dialogs.Set.Languages[0];
        return false;
    }

    private async Task<ConversationData> LoadAsync(string key, CancellationToken ct)
    {
        var storageKey = ConversationData.StorageKey(key);
        var items = await storage.ReadAsync([storageKey], ct);
        return items.TryGetValue(storageKey, out var item) && item is ConversationData data ? data : new ConversationData();
    }

    private static string ChannelOf(IActivity activity) => activity.ChannelId switch
    {
        "sms" => "sms",
        "webchat" => "webchat",
        _ => "botframework",
    };
}
