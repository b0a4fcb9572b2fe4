using System.Globalization;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace TipLine.Server.Channels.DirectLine;

/// <summary>The wire format of Direct Line 3.0: Bot Framework activities (Newtonsoft, as the schema is annotated), ids and activity sets.</summary>
public static class DirectLineJson
{
    public static readonly JsonSerializerSettings Settings = new()
    {
        NullValueHandling = NullValueHandling.Ignore,
        DateTimeZoneHandling = DateTimeZoneHandling.Utc,
        // Input is untrusted: no type names, and a depth no real activity reaches.
        TypeNameHandling = TypeNameHandling.None,
        MaxDepth = 32,
    };

    /// <summary>"&lt;conversation&gt;|0000042", as Microsoft's service numbers them; the number is the watermark.</summary>
    public static string ActivityId(string conversationId, long seq) => $"{conversationId}|{seq.ToString("D7", CultureInfo.InvariantCulture)}";

    public static string ActivitySet(IEnumerable<Activity> activities, long? watermark) =>
        JsonConvert.SerializeObject(new { activities, watermark = watermark?.ToString(CultureInfo.InvariantCulture) }, Settings);

    /// <summary>An activity set from activities already stored as JSON (they are not parsed again).</summary>
    public static string ActivitySet(IReadOnlyList<string> activityJson, long watermark) =>
        $$"""{"activities":[{{string.Join(",", activityJson)}}],"watermark":"{{watermark.ToString(CultureInfo.InvariantCulture)}}"}""";
}
