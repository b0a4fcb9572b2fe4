namespace TipLine.Bot;

/// <summary>The <c>TipLine</c> configuration section (shared/spec/interfaces.md).</summary>
public sealed class TipLineOptions
{
    public const string Section = "TipLine";

    public string DataDirectory { get; set; } = "./data";

    /// <summary>The key ring (encryption keys and the address-hash key): outside the data directory.</summary>
    public string KeyFile { get; set; } = "./keys/tipline-keys.json";
    public string? DialogsDirectory { get; set; }
    public string? TriageDirectory { get; set; }
    public int IdleSubmitSeconds { get; set; } = 600;

    /// <summary>Conversations, tips and records older than this are purged (undelivered records are kept). 0 keeps everything.</summary>
    public int RetentionDays { get; set; } = 365;

    /// <summary>Requests one IP address may make a minute to everything but Twilio's webhooks (web chat, console).</summary>
    public int RequestsPerMinutePerIp { get; set; } = 300;

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

    /// <summary>A folder that receives one JSON file per record revision (for case systems that import files).</summary>
    public string? DropDirectory { get; set; }

    /// <summary>How long a record is retried before it is parked as dead-lettered (and an alert raised).</summary>
    public double DeadLetterAfterHours { get; set; } = 72;

    /// <summary>The sinks records are queued for: the webhook when a URL is set, the folder when one is set, else the webhook (kept until it is configured).</summary>
    public IReadOnlyList<string> Sinks()
    {
        var sinks = new List<string>();
        if (!string.IsNullOrWhiteSpace(Url)) sinks.Add(IntakeSinkNames.Webhook);
        if (!string.IsNullOrWhiteSpace(DropDirectory)) sinks.Add(IntakeSinkNames.File);
        return sinks.Count > 0 ? sinks : [IntakeSinkNames.Webhook];
    }
}

public static class IntakeSinkNames
{
    public const string Webhook = "webhook";
    public const string File = "file";
}
