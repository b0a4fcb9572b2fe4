using System.Text.Json;
using Json.Schema;

namespace TipLine.Core.Tips;

/// <summary>Validates records against the published schema (schemas/tip-record.v1.json, embedded at build).</summary>
public static class TipRecordSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
    {
        using var stream = typeof(TipRecordSchema).Assembly.GetManifestResourceStream("tip-record.v1.json")
            ?? throw new InvalidOperationException("tip-record.v1.json is not embedded");
        using var reader = new StreamReader(stream);
        return JsonSchema.FromText(reader.ReadToEnd());
    });

    /// <summary>The problems with a record, empty when it is valid.</summary>
    public static IReadOnlyList<string> Validate(string recordJson)
    {
        using var doc = JsonDocument.Parse(recordJson);
        var result = Schema.Value.Evaluate(doc.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid) return [];
        return [.. (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))];
    }
}
