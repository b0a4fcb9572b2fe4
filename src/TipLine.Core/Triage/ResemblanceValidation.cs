using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using TipLine.Core.Language;
using TipLine.Core.Text;
using static TipLine.Core.Triage.TriageEvaluation;

namespace TipLine.Core.Triage;

/// <summary>One example decided by the rules alone, scored by a model that never learned from it, and decided by both.</summary>
public sealed record CrossValidated(LabelledTip Tip, Urgency ByRules, double Resemblance, Urgency ByBoth)
{
    public Urgency Expected => Enum.Parse<Urgency>(Tip.Urgency);

    public bool Emergency => Expected == Urgency.P1;
}

/// <summary>
/// What the resemblance model adds on tips it has never seen, measured on the examples themselves: k folds, each decided
/// with a model learned from the other folds. Tips that share a group (a holdout and the grid that wrote its misses again
/// in other words) stay in one fold, so a model never sees a rewording of the tip it is judged on.
/// </summary>
public static partial class ResemblanceValidation
{
    /// <summary>
    /// The group of an examples file: <c>own-tips-N</c> for an odd N (a holdout) and <c>own-tips-N+1</c> (the grid that
    /// wrote its misses again) are one; any other file is a group of its own.
    /// </summary>
    public static string GroupOf(string file)
    {
        var name = Path.GetFileNameWithoutExtension(file);
        return RoundFile().Match(name) is { Success: true } m && int.TryParse(m.Groups[1].ValueSpan, out var n)
            ? "round-" + ((n + 1) / 2).ToString("D4", CultureInfo.InvariantCulture)
            : name;
    }

    [GeneratedRegex(@"^own-tips-(\d+)$")]
    private static partial Regex RoundFile();

    /// <summary>Each example in <paramref name="examples"/> decided with the policy's resemblance learned from the other folds.</summary>
    public static IReadOnlyList<CrossValidated> Run(
        TriagePolicy policy, ITriageRecognizer? recognizer, LanguageIdentifier languages,
        IReadOnlyList<(string Group, LabelledTip Tip)> examples, int folds, DateTimeOffset receivedAt)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var groups = examples.Select(e => e.Group).Distinct().Order(StringComparer.Ordinal).ToList();
        if (groups.Count < folds) throw new ArgumentException($"{groups.Count} groups of examples cannot make {folds} folds", nameof(folds));
        var foldOf = groups.Select((g, i) => (g, i % folds)).ToDictionary(x => x.g, x => x.Item2);
        var rules = new TriageEngine(policy.WithoutResemblance(), recognizer);
        var results = new CrossValidated[examples.Count];
        for (var fold = 0; fold < folds; fold++)
        {
            var learned = policy.LearnedFrom([.. examples.Where(e => foldOf[e.Group] != fold).Select(e => e.Tip)]);
            var emergencies = learned.Raises.Single(r => r.To == Urgency.P1).Model;
            var both = new TriageEngine(learned, recognizer);
            for (var i = 0; i < examples.Count; i++)
            {
                if (foldOf[examples[i].Group] != fold) continue;
                var tip = examples[i].Tip;
                var language = languages.Detect(tip.Text);
                results[i] = new CrossValidated(tip, rules.Assess(tip.Text, language, receivedAt).Urgency,
                    emergencies.Probability(TextNormalizer.Fold(tip.Text)), both.Assess(tip.Text, language, receivedAt).Urgency);
            }
        }
        return results;
    }

    public static string Report(IReadOnlyList<CrossValidated> results, double raiseToP1At)
    {
        var emergencies = results.Where(r => r.Emergency).ToList();
        var others = results.Where(r => !r.Emergency).ToList();
        string Line(string name, Func<CrossValidated, bool> atP1, Func<CrossValidated, Urgency>? decided, string note) =>
            $"{name,-16} {F((double)emergencies.Count(atP1) / emergencies.Count),10} {F((double)others.Count(atP1) / others.Count),14} "
            + (decided is null ? $"{"-",7} {"-",7}" : $"{F((double)results.Count(r => decided(r) < r.Expected) / results.Count),7} {F((double)results.Count(r => decided(r) == r.Expected) / results.Count),7}")
            + "   " + note;
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"{results.Count} examples ({emergencies.Count} P1), each judged by models that never learned from it or its rewordings");
        sb.AppendLine(CultureInfo.InvariantCulture, $"{"",-16} {"P1 recall",10} {"non-P1 to P1",14} {"under",7} {"exact",7}");
        sb.AppendLine(Line("rules alone", r => r.ByRules == Urgency.P1, r => r.ByRules, "(the rules were mended on these very tips)"));
        sb.AppendLine(Line("P1 model alone", r => r.Resemblance >= raiseToP1At, null, string.Create(CultureInfo.InvariantCulture, $"(probability at least {raiseToP1At:0.00})")));
        sb.AppendLine(Line("rules and models", r => r.ByBoth == Urgency.P1, r => r.ByBoth, "(the policy's decision)"));
        return sb.ToString();
    }
}
