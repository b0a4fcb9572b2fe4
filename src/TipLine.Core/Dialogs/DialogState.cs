namespace TipLine.Core.Dialogs;

/// <summary>
/// Where a conversation is in its flows and what the person has answered. Plain settable properties:
/// the state is stored as JSON by the turn's storage and must round-trip with any serializer.
/// </summary>
public sealed class DialogState
{
    public List<DialogFrame> Stack { get; set; } = [];
    public Dictionary<string, SlotValue> Slots { get; set; } = [];
    public string Language { get; set; } = "en";
    public bool Started { get; set; }
    public bool Completed { get; set; }
    public bool UrgentGuidanceGiven { get; set; }

    /// <summary>The value a condition sees: the normalised answer, or nothing when unanswered or skipped.</summary>
    public string? ValueOf(string slot) =>
        Slots.TryGetValue(slot, out var v) && !v.Skipped ? v.Value ?? v.Text : null;
}

public sealed class DialogFrame
{
    public string FlowId { get; set; } = "";
    public string FlowVersion { get; set; } = "";
    public int StepIndex { get; set; }
    public string StepId { get; set; } = "";
    public bool Awaiting { get; set; }
    public int FailedTries { get; set; }
    public string? AskedText { get; set; }

    /// <summary>A correction ("change where"): after the answer, return to the frame below.</summary>
    public bool Revisit { get; set; }

    /// <summary>Answers that did not validate, kept so a twice-failed answer is stored whole.</summary>
    public List<string> FailedAnswers { get; set; } = [];
}

public sealed class SlotValue
{
    public string FlowId { get; set; } = "";
    public string StepId { get; set; } = "";

    /// <summary>The question exactly as it was asked (null for the opening message).</summary>
    public string? Question { get; set; }

    /// <summary>The person's own words.</summary>
    public string Text { get; set; } = "";

    /// <summary>The normalised answer: "yes", an option value, an age, a resolved date-time.</summary>
    public string? Value { get; set; }

    public bool Skipped { get; set; }

    /// <summary>True when the answer did not validate twice and was kept as free text.</summary>
    public bool KeptAsText { get; set; }

    public DateTimeOffset AnsweredAt { get; set; }
}
