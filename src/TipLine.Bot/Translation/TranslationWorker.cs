using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TipLine.Bot.Conversation;
using TipLine.Bot.Storage;
using TipLine.Core.Language;
using TipLine.Core.Tips;

namespace TipLine.Bot.Translation;

/// <summary>
/// Translates what tipsters wrote into English for the task force, outside every turn: a tip never waits for
/// the translator. Texts are translated as they arrive; a revision that went out before its English was ready
/// (translator down, slow or failing) is followed by a new revision with the English once the service answers.
/// </summary>
public sealed class TranslationWorker(
    TipStore tips,
    TranslatorClient translator,
    TipSubmitter submitter,
    ConversationGate gate,
    Leases leases,
    ILogger<TranslationWorker> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan MaxPause = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var pause = Interval;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await leases.HoldAsync(nameof(TranslationWorker), TimeSpan.FromSeconds(15), stoppingToken)) await TranslatePendingAsync(stoppingToken);
                pause = Interval;
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // The service is down, slow (Polly's TimeoutRejectedException) or failing, or the database is: back off,
                // the records already went out in the original language. Only shutdown ends this loop: an exception
                // escaping a background service stops the whole host.
                pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, MaxPause.Ticks));
                logger.LogWarning("Translation failed ({Exception}); trying again in {Pause}", e.GetType().Name, pause);
            }
            await Task.Delay(pause, stoppingToken);
        }
    }

    private async Task TranslatePendingAsync(CancellationToken ct)
    {
        foreach (var (tipId, conversationKey) in await tips.PendingTranslationAsync(20, ct))
        {
            var before = await tips.FindAsync(tipId, ct);
            if (before is null) continue;
            var texts = before.Draft.Untranslated().ToList();
            var english = texts.Count == 0 ? [] : await translator.ToEnglishAsync(texts, ct);
            // A language outside the eleven: Translator knows more languages than our detector; the record should name it.
            var detected = before.Draft.Language == LanguageIdentifier.Undetermined && before.Draft.Account.FirstOrDefault() is { } first
                ? await translator.DetectAsync(first.Text, ct)
                : null;

            await using var _ = await gate.EnterAsync(conversationKey, ct);
            var row = await tips.FindAsync(tipId, ct);
            if (row is null) continue;
            for (var i = 0; i < texts.Count; i++) row.Draft.Translations[texts[i]] = english[i];
            if (detected is not null && row.Draft.Language == LanguageIdentifier.Undetermined) row.Draft.Language = detected;
            var complete = !row.Draft.Untranslated().Any();
            var resend = complete && row.Status == TipRow.Submitted && row.Draft.LastRecordTranslation is not ("translated" or "source_is_english");
            try
            {
                await submitter.SaveAsync(row, row.Draft, row.LastActivityAt, resend ? SubmitReason.Translated : null, row.IdleDueAt, ct, keepStatus: !resend);
                if (resend) logger.LogInformation("Tip {TipId}: English translation sent as revision {Revision}", tipId, row.Revision + 1);
            }
            catch (TipConcurrencyException)
            {
                // A turn added to the tip meanwhile; the next pass translates what is new.
            }
        }
    }
}
