using System.Text.Json;
using System.Text.Json.Serialization;

namespace TipLine.Core.Tips;

/// <summary>
/// What case intake receives for every tip or help request (shared/spec/tip-record.md), published as
/// schemas/tip-record.v1.json. Changing or removing a field bumps the major version.
/// </summary>
public sealed record TipRecord
{
    public const string CurrentSchemaVersion = "1.0";

    public string SchemaVersion { get; init; } = CurrentSchemaVersion;
    public required string TipId { get; init; }
    public required int Revision { get; init; }
    public required string Reference { get; init; }
    public required DateTimeOffset ReceivedAt { get; init; }
    public required DateTimeOffset SubmittedAt { get; init; }
    public required string SubmittedBecause { get; init; }
    public required string Channel { get; init; }
    public string? ChannelId { get; init; }
    public required string Kind { get; init; }
    public required string Urgency { get; init; }
    public required IReadOnlyList<RecordReason> Reasons { get; init; }

    /// <summary>true, false, or "unknown" when nothing in the tip speaks of ages.</summary>
    public required JsonElement MinorInvolved { get; init; }
    public required string OffenceType { get; init; }
    public string? Nibrs { get; init; }
    public required string Language { get; init; }
    public required Narrative Narrative { get; init; }
    public required IReadOnlyList<RecordAnswer> Answers { get; init; }
    public required IReadOnlyList<RecordTime> When { get; init; }
    public RecordPlace? Where { get; init; }
    public required RecordPeople People { get; init; }
    public required IReadOnlyList<string> Vehicles { get; init; }
    public required IReadOnlyList<string> PhoneNumbers { get; init; }
    public required IReadOnlyList<string> Urls { get; init; }
    public required IReadOnlyList<string> Emails { get; init; }
    public required IReadOnlyList<string> SocialHandles { get; init; }
    public required IReadOnlyList<RecordAttachment> Attachments { get; init; }
    public HelpNeeds? Help { get; init; }
    public required bool Anonymous { get; init; }
    public RecordContact? Contact { get; init; }
    public required FollowUp FollowUp { get; init; }

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        WriteIndented = false,
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);
}

public sealed record RecordReason(string Indicator, string Evidence, string Language);

public sealed record Narrative(string Original, string? English, string? TranslatedBy, string TranslationStatus);

public sealed record Text(string Original, string? English);

public sealed record RecordAnswer(string Id, string? Question, Text Answer, string? Value, bool Skipped, DateTimeOffset AnsweredAt);

public sealed record RecordTime(string Text, string Type, string? Timex, string? Value, string? Start, string? End);

public sealed record RecordPlace(string Text);

public sealed record RecordAge(int Age, string Evidence);

public sealed record RecordPeople(string? Description, IReadOnlyList<RecordAge> Ages);

public sealed record RecordAttachment(string ContentType, long Size, string Sha256, string Fetch);

public sealed record HelpNeeds(string SafeToTalk, IReadOnlyList<string> Needs);

public sealed record RecordContact(string Method, string Address, string? Instructions);

public sealed record FollowUp(string Via, string Reference);
