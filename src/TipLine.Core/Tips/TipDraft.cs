using TipLine.Core.Dialogs;
using TipLine.Core.Text;
using TipLine.Core.Triage;

namespace TipLine.Core.Tips;

/// <summary>
/// A tip as it grows during a conversation, kept from the very first text so nothing is lost if the person
/// stops answering. The record sent to case intake is built from it (<see cref="TipRecordBuilder"/>).
/// Plain settable properties: it is stored as JSON.
/// </summary>
public sealed class TipDraft
{
    public string Channel { get; set; } = "sms";
    public string? ChannelId { get; set; }
    public string Language { get; set; } = "en";
    public DateTimeOffset ReceivedAt { get; set; }
    public DateTimeOffset LastActivityAt { get; set; }
    public List<TranscriptEntry> Transcript { get; set; } = [];
    public Dictionary<string, SlotValue> Answers { get; set; } = [];
    public TriageSnapshot Triage { get; set; } = new();
    public List<StoredMedia> Attachments { get; set; } = [];

    /// <summary>How to reach the tipster, stored only once they consented to be contacted.</summary>
    public string? ContactAddress { get; set; }

    public bool DialogCompleted { get; set; }

    /// <summary>English for the tipster's texts, by the exact original: filled by machine translation.</summary>
    public Dictionary<string, string> Translations { get; set; } = [];

    /// <summary>The translation status of the last record queued (so the English can follow as a new revision).</summary>
    public string? LastRecordTranslation { get; set; }

    /// <summary>The tipster's texts and answers that still need English (none when the conversation is in English).</summary>
    public IEnumerable<string> Untranslated() => Language == "en"
        ? []
        : Account.Select(t => t.Text).Concat(Answers.Values.Where(a => !a.Skipped).Select(a => a.Text))
            .Where(t => t.Any(char.IsLetter) && !Translations.ContainsKey(t)).Distinct();

    public IEnumerable<TranscriptEntry> TipsterWords => Transcript.Where(t => t.FromTipster);

    /// <summary>What the tipster told, without commands ("done", "skip") and picks ("1", "yes"): the narrative.</summary>
    public IEnumerable<TranscriptEntry> Account => Transcript.Where(t => t.FromTipster && !t.IsCommandOrPick);
}

public sealed class TranscriptEntry
{
    public DateTimeOffset At { get; set; }
    public bool FromTipster { get; set; }
    public string Text { get; set; } = "";

    /// <summary>A dispatcher's message to the tipster (its English in <see cref="Staff"/>'s words); null for the bot's own.</summary>
    public string? Staff { get; set; }

    /// <summary>What the dispatcher wrote, in English, when <see cref="Text"/> is its translation for the tipster.</summary>
    public string? StaffEnglish { get; set; }

    /// <summary>A command or a pick from a list: kept in the transcript, left out of the narrative.</summary>
    public bool IsCommandOrPick { get; set; }

    /// <summary>
    /// What the recognizers found in <see cref="Text"/> (times, ages, numbers), read as <see cref="RecognizedIn"/>'s
    /// language: kept so a record's next revision reads only the new texts (reading them all again made every turn of
    /// a long conversation slower than the last). Null until a record is built.
    /// </summary>
    public ExtractedEntities? Recognized { get; set; }

    public string? RecognizedIn { get; set; }
}

public sealed class StoredMedia
{
    public string ContentType { get; set; } = "";
    public long Size { get; set; }
    public string Sha256 { get; set; } = "";

    /// <summary>Where the task force fetches it from TipLine (never a public URL).</summary>
    public string FetchRef { get; set; } = "";
    public DateTimeOffset ReceivedAt { get; set; }
}

/// <summary>The conversation's triage so far, in a storable shape.</summary>
public sealed class TriageSnapshot
{
    public Urgency Urgency { get; set; } = Urgency.P3;
    public bool Minor { get; set; }
    public OffenceType Offence { get; set; }
    public bool FirstPersonHelp { get; set; }
    public List<TriageReason> Reasons { get; set; } = [];
    public List<int> Ages { get; set; } = [];

    public TriageDecision ToDecision() => new(Urgency, Minor, Offence, FirstPersonHelp, Reasons, Ages);

    public static TriageSnapshot From(TriageDecision d) => new()
    {
        Urgency = d.Urgency, Minor = d.Minor, Offence = d.Offence, FirstPersonHelp = d.FirstPersonHelp,
        Reasons = [.. d.Reasons], Ages = [.. d.Ages],
    };
}
