namespace TipLine.Bot;

/// <summary>The <c>TipLine</c> configuration section (shared/spec/interfaces.md).</summary>
public sealed class TipLineOptions
{
    public const string Section = "TipLine";

    public string DataDirectory { get; set; } = "./data";
    public string? DialogsDirectory { get; set; }
    public string? TriageDirectory { get; set; }
    public int IdleSubmitSeconds { get; set; } = 600;

    /// <summary>A later text within this long of the last one adds to the same tip as a new revision.</summary>
    public int FollowUpHours { get; set; } = 24;
}

/// <summary>The <c>CaseIntake</c> section: where records are POSTed and the signing secret.</summary>
public sealed class CaseIntakeOptions
{
    public const string Section = "CaseIntake";

    public string? Url { get; set; }
    public string? Secret { get; set; }
    public int TimeoutSeconds { get; set; } = 10;
}
