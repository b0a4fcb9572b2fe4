using System.Text.Json;
using TipLine.Core.Dialogs;
using TipLine.Core.Text;
using TipLine.Core.Triage;

namespace TipLine.Core.Tips;

/// <summary>Why a revision of a tip was sent.</summary>
public static class SubmitReason
{
    public const string Completed = "completed";
    public const string Idle = "idle";
    public const string FollowUp = "follow_up";
    public const string Stopped = "stopped";
    public const string Translated = "translated";
}

/// <summary>Whether machine translation is configured, and how the record names it.</summary>
public sealed record TranslationSettings(bool Enabled, string? TranslatedBy)
{
    public static TranslationSettings None { get; } = new(false, null);
}

/// <summary>Builds the structured record for case intake from a tip's draft.</summary>
public sealed class TipRecordBuilder(RecognizersEntityExtractor extractor, TranslationSettings? translation = null)
{
    private readonly TranslationSettings _translation = translation ?? TranslationSettings.None;

    public TipRecord Build(TipDraft draft, string tipId, int revision, string reference, DateTimeOffset submittedAt, string because)
    {
        var words = draft.Account.ToList();
        var extracted = words.Select(w => Recognized(w, draft.Language)).ToList();
        var english = draft.Language == "en";
        var kind = draft.Answers.TryGetValue("kind", out var k) && k.Value is { } kv
            ? kv == "help" ? "help_request" : "tip"
            : draft.Triage.FirstPersonHelp ? "help_request" : "tip";

        var ages = draft.Triage.Reasons.Where(r => r.Indicator == "minor").Select(r => new RecordAge(int.Parse(r.Evidence["age=".Length..]), r.Evidence))
            .Concat(extracted.SelectMany(e => e.Ages).Select(a => new RecordAge(a, "recognized age " + a)))
            .Concat(Answer(draft, "ages") is { Value: { } v } && int.TryParse(v, out var stated) ? [new RecordAge(stated, "answer: " + Answer(draft, "ages")!.Text)] : [])
            .DistinctBy(a => a.Age)
            .ToList();

        var minor = draft.Triage.Minor || ages.Any(a => a.Age < 18) ? JsonSerializer.SerializeToElement(true)
            : ages.Count > 0 ? JsonSerializer.SerializeToElement(false)
            : JsonSerializer.SerializeToElement("unknown");

        var contact = Answer(draft, "contact_ok")?.Value == "yes" && draft.ContactAddress is { } address
            ? new RecordContact(draft.Channel, address, Answer(draft, "contact_how")?.Text)
            : null;

        return new TipRecord
        {
            TipId = tipId,
            Revision = revision,
            Reference = reference,
            ReceivedAt = draft.ReceivedAt,
            SubmittedAt = submittedAt,
            SubmittedBecause = because,
            Channel = draft.Channel,
            ChannelId = draft.ChannelId,
            Kind = kind,
            Urgency = draft.Triage.Urgency.ToString(),
            Reasons = [.. draft.Triage.Reasons.Select(r => new RecordReason(r.Indicator, r.Evidence, r.Language))],
            MinorInvolved = minor,
            OffenceType = draft.Triage.Offence switch
            {
                OffenceType.SexTrafficking => "sex_trafficking",
                OffenceType.LaborTrafficking => "labor_trafficking",
                _ => "unknown",
            },
            Nibrs = draft.Triage.Offence switch
            {
                OffenceType.SexTrafficking => "64A",
                OffenceType.LaborTrafficking => "64B",
                _ => null,
            },
            Language = draft.Language,
            Narrative = NarrativeOf(draft, words, english),
            Answers = [.. draft.Answers.OrderBy(a => a.Value.AnsweredAt).Select(a => new RecordAnswer(
                $"{a.Value.FlowId}.{a.Value.StepId}", a.Value.Question,
                new Text(a.Value.Text, english ? a.Value.Text : draft.Translations.GetValueOrDefault(a.Value.Text)),
                a.Value.Value, a.Value.Skipped, a.Value.AnsweredAt))],
            // "una niña de 14 años" is read as a duration of fourteen years too: an age is not a time.
            When = [.. extracted.SelectMany(e => e.When).Where(t => !IsAnAge(t, ages)).Select(t => new RecordTime(t.Text, t.Type, t.Timex, t.Value, t.Start, t.End))],
            Where = Answer(draft, "place") is { Skipped: false } place ? new RecordPlace(place.Text) : null,
            People = new RecordPeople(Answer(draft, "people") is { Skipped: false } p ? p.Text : null, ages),
            Vehicles = Answer(draft, "vehicles") is { Skipped: false } veh ? [veh.Text] : [],
            PhoneNumbers = [.. extracted.SelectMany(e => e.PhoneNumbers).Distinct()],
            Urls = [.. extracted.SelectMany(e => e.Urls).Distinct()],
            Emails = [.. extracted.SelectMany(e => e.Emails).Distinct()],
            SocialHandles = [.. extracted.SelectMany(e => e.SocialHandles).Distinct()],
            Attachments = [.. draft.Attachments.Select(a => new RecordAttachment(a.ContentType, a.Size, a.Sha256, a.FetchRef))],
            Help = kind == "help_request"
                ? new HelpNeeds(Answer(draft, "safe_now") is { Skipped: false, Value: { } safe } ? safe : "unknown",
                    Answer(draft, "needs")?.Value?.Split(',', StringSplitOptions.RemoveEmptyEntries) ?? [])
                : null,
            Anonymous = contact is null,
            Contact = contact,
            FollowUp = new FollowUp("tipline", reference),
        };
    }

    private static SlotValue? Answer(TipDraft draft, string slot) => draft.Answers.GetValueOrDefault(slot);

    /// <summary>The tipster's own words, and their English when the translation is complete (else a flag saying why not).</summary>
    private Narrative NarrativeOf(TipDraft draft, List<TranscriptEntry> words, bool english)
    {
        var original = string.Join("\n", words.Select(w => w.Text));
        if (english) return new Narrative(original, original, "none: the tipster wrote in English", "source_is_english");
        if (!_translation.Enabled) return new Narrative(original, null, null, "not_configured");
        var translated = words.Select(w => !w.Text.Any(char.IsLetter) ? w.Text : draft.Translations.GetValueOrDefault(w.Text)).ToList();
        return translated.Any(t => t is null)
            ? new Narrative(original, null, null, "pending")
            : new Narrative(original, string.Join("\n", translated), _translation.TranslatedBy, "translated");
    }

    /// <summary>The entry's entities, read once per language (a conversation's language can still change).</summary>
    private ExtractedEntities Recognized(TranscriptEntry entry, string language)
    {
        if (entry.Recognized is null || entry.RecognizedIn != language)
        {
            entry.Recognized = extractor.Extract(entry.Text, language, entry.At);
            entry.RecognizedIn = language;
        }
        return entry.Recognized;
    }

    private static bool IsAnAge(ExtractedTime time, IReadOnlyList<RecordAge> ages) =>
        time.Type == "duration" && time.Timex is { Length: > 2 } timex && timex[0] == 'P' && timex[^1] == 'Y'
        && int.TryParse(timex[1..^1], System.Globalization.CultureInfo.InvariantCulture, out var years) && ages.Any(a => a.Age == years);
}
