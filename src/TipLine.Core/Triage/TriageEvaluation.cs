using System.Globalization;
using System.Text;
using System.Text.Json;
using TipLine.Core.Language;

namespace TipLine.Core.Triage;

/// <summary>One labelled example: {"id", "language", "urgency", "minor", "text"} per line (shared/triage/dev.jsonl).</summary>
public sealed record LabelledTip(string Id, string Language, string Urgency, bool Minor, string Text);

public sealed record TriageOutcome(LabelledTip Tip, TriageDecision Decision, string? DetectedLanguage)
{
    public Urgency Expected => Enum.Parse<Urgency>(Tip.Urgency);
    public bool UnderTriaged => Decision.Urgency < Expected;
    public bool Exact => Decision.Urgency == Expected;
}

/// <summary>The measures `tipline triage eval` reports, per language and overall.</summary>
public sealed record TriageScores(string Scope, int Count, double P1Recall, double ExactAccuracy, double UnderTriageRate, double MinorRecall, double LanguageAccuracy)
{
    public static TriageScores Of(string scope, IReadOnlyList<TriageOutcome> outcomes)
    {
        static double Ratio(int hit, int of) => of == 0 ? double.NaN : (double)hit / of;
        var p1 = outcomes.Where(o => o.Expected == Urgency.P1).ToList();
        var minors = outcomes.Where(o => o.Tip.Minor).ToList();
        return new TriageScores(scope, outcomes.Count,
            Ratio(p1.Count(o => o.Decision.Urgency == Urgency.P1), p1.Count),
            Ratio(outcomes.Count(o => o.Exact), outcomes.Count),
            Ratio(outcomes.Count(o => o.UnderTriaged), outcomes.Count),
            Ratio(minors.Count(o => o.Decision.Minor), minors.Count),
            Ratio(outcomes.Count(o => o.DetectedLanguage == o.Tip.Language), outcomes.Count));
    }
}

public static class TriageEvaluation
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<LabelledTip> Read(TextReader reader)
    {
        var tips = new List<LabelledTip>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            try
            {
                tips.Add(JsonSerializer.Deserialize<LabelledTip>(line, Json) ?? throw new JsonException("empty line"));
            }
            catch (JsonException e)
            {
                throw new FormatException($"line {lineNumber}: not a labelled tip ({e.Message})", e);
            }
        }
        return tips;
    }

    public static IReadOnlyList<TriageOutcome> Run(TriageEngine engine, LanguageIdentifier languages, IEnumerable<LabelledTip> tips, DateTimeOffset? receivedAt = null) =>
        [.. tips.Select(t => languages.Detect(t.Text) is var detected ? new TriageOutcome(t, engine.Assess(t.Text, detected, receivedAt), detected) : null!)];

    public static IReadOnlyList<TriageScores> Score(IReadOnlyList<TriageOutcome> outcomes) =>
        [.. outcomes.GroupBy(o => o.Tip.Language).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => TriageScores.Of(g.Key, [.. g])),
            TriageScores.Of("all", outcomes)];

    public static string Report(IReadOnlyList<TriageOutcome> outcomes)
    {
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"{"scope",-6} {"n",4} {"P1 recall",10} {"exact",7} {"under",7} {"minor rec",10} {"lang acc",9}");
        foreach (var s in Score(outcomes))
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"{s.Scope,-6} {s.Count,4} {F(s.P1Recall),10} {F(s.ExactAccuracy),7} {F(s.UnderTriageRate),7} {F(s.MinorRecall),10} {F(s.LanguageAccuracy),9}");
        }

        var misses = outcomes.Where(o => !o.Exact || o.Decision.Minor != o.Tip.Minor || o.DetectedLanguage != o.Tip.Language)
            .OrderByDescending(o => o.UnderTriaged).ThenBy(o => o.Tip.Id, StringComparer.Ordinal).ToList();
        sb.AppendLine();
        sb.AppendLine(CultureInfo.InvariantCulture, $"misses ({misses.Count}):");
        foreach (var o in misses)
        {
            var what = new List<string>();
            if (!o.Exact) what.Add($"{(o.UnderTriaged ? "UNDER" : "over")} {o.Tip.Urgency}->{o.Decision.Urgency}");
            if (o.Decision.Minor != o.Tip.Minor) what.Add($"minor {o.Tip.Minor}->{o.Decision.Minor}");
            if (o.DetectedLanguage != o.Tip.Language) what.Add($"lang {o.Tip.Language}->{o.DetectedLanguage ?? "none"}");
            var text = o.Tip.Text.Length > 90 ? o.Tip.Text[..90] + "…" : o.Tip.Text;
            sb.AppendLine(CultureInfo.InvariantCulture, $"  {o.Tip.Id} [{string.Join(", ", what)}] reasons: {string.Join(" ", o.Decision.Reasons)} | {text}");
        }
        return sb.ToString();
    }

    /// <summary>A ratio as the reports print it (three decimals; "-" when there was nothing to count).</summary>
    internal static string F(double value) => double.IsNaN(value) ? "-" : value.ToString("0.000", CultureInfo.InvariantCulture);
}
