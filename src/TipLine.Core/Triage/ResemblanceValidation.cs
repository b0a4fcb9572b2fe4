using System.Globalization;
using System.Text;
using TipLine.Core.Language;
using TipLine.Core.Text;

namespace TipLine.Core.Triage;

/// <summary>One example decided by the rules alone, scored by a model that never learned from it, and decided by both.</summary>
public sealed record CrossValidated(LabelledTip Tip, Urgency ByRules, double Resemblance, Urgency ByBoth)
{
    public bool Emergency => Tip.Urgency == nameof(Urgency.P1);
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
            ? "round-" + ((n + 1) / 2).ToString("D4", System.Globalization.CultureInfo.InvariantCulture)
            : name;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^own-tips-(\d+)$")]
    private static partial System.Text.RegularExpressions.Regex RoundFile();

    public static IReadOnlyList<CrossValidated> Run(
        TriagePolicy policy, ITriageRecognizer? recognizer, LanguageIdentifier languages,
        IReadOnlyList<(string Group, LabelledTip Tip)> examples, int folds, DateTimeOffset receivedAt)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var groups = examples.Select(e => e.Group).Distinct().Order(StringComparer.Ordinal).ToList();
        if (groups.Count < folds) throw new ArgumentException($"{groups.Count} groups of examples cannot make {folds} folds", nameof(folds));
        var foldOf = groups.Select((g, i) => (g, i % folds)).ToDictionary(x => x.g, x => x.Item2);
        var rules = new TriageEngine(policy.WithResemblance(null), recognizer);
        var results = new CrossValidated[examples.Count];
        for (var fold = 0; fold < folds; fold++)
        {
            var model = ResemblanceModel.Train(examples.Where(e => foldOf[e.Group] != fold).Select(e => e.Tip));
            var both = new TriageEngine(policy.WithResemblance(model), recognizer);
            for (var i = 0; i < examples.Count; i++)
            {
                if (foldOf[examples[i].Group] != fold) continue;
                var tip = examples[i].Tip;
                var language = languages.Detect(tip.Text);
                results[i] = new CrossValidated(tip, rules.Assess(tip.Text, language, receivedAt).Urgency,
                    ResemblanceModel.CanJudge(TextNormalizer.Fold(tip.Text)) ? model.Probability(TextNormalizer.Fold(tip.Text)) : 0,
                    both.Assess(tip.Text, language, receivedAt).Urgency);
            }
        }
        return results;
    }

    public static string Report(IReadOnlyList<CrossValidated> results, double raiseAt)
    {
        var emergencies = results.Where(r => r.Emergency).ToList();
        var others = results.Where(r => !r.Emergency).ToList();
        string Line(string name, Func<CrossValidated, bool> atP1) => string.Create(CultureInfo.InvariantCulture,
            $"{name,-16} {(double)emergencies.Count(atP1) / emergencies.Count,12:0.000} {(double)others.Count(atP1) / others.Count,20:0.000}");
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"{results.Count} examples ({emergencies.Count} P1), each judged by a model that never learned from it or its rewordings");
        sb.AppendLine(CultureInfo.InvariantCulture, $"{"",-16} {"P1 recall",12} {"non-P1 raised to P1",20}");
        sb.AppendLine(Line("rules alone", r => r.ByRules == Urgency.P1) + "   (the rules were mended on these very tips)");
        sb.AppendLine(Line("model alone", r => r.Resemblance >= raiseAt) + string.Create(CultureInfo.InvariantCulture, $"   (probability at least {raiseAt:0.00})"));
        sb.AppendLine(Line("rules and model", r => r.ByBoth == Urgency.P1) + "   (the policy's decision)");
        return sb.ToString();
    }
}
