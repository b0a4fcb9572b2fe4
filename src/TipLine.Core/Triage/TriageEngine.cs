using System.Globalization;
using System.Text.RegularExpressions;
using TipLine.Core.Text;

namespace TipLine.Core.Triage;

/// <summary>
/// Decides urgency for one message from <see cref="TriagePolicy"/>. Every language's patterns run on every
/// message, so a mixed-language text ("the boss took our passports y dice que nos mata") and a misdetected
/// language are still caught; the cost is a few dozen compiled regular expressions over an SMS.
/// </summary>
public sealed class TriageEngine(TriagePolicy policy)
{
    private const int NegationWindow = 28;
    private static readonly char[] SentenceEnds = ['.', '!', '?', '\n', ';', '。', '！', '？'];

    public TriagePolicy Policy => policy;

    public TriageDecision Assess(string text)
    {
        var folded = TextNormalizer.Fold(text);
        if (folded.Length == 0) return TriageDecision.None;

        var fired = new Dictionary<string, TriageReason>();
        var offence = OffenceType.Unknown;
        var firstPerson = false;
        foreach (var indicator in policy.Indicators)
        {
            if (FirstMatch(folded, indicator) is not { } reason) continue;
            fired[indicator.Id] = reason;
            if (offence == OffenceType.Unknown) offence = indicator.Offence;
            firstPerson |= indicator.FirstPersonHelp;
        }

        var ages = FindAges(folded, out var ageReasons);
        var minor = ages.Any(a => a < policy.AdultAge) || fired.ContainsKey("minor_term");
        var signals = fired.Keys.ToHashSet();
        if (minor) signals.Add("minor");
        foreach (var (group, members) in policy.Groups)
        {
            if (members.Any(signals.Contains)) signals.Add(group);
        }

        var urgency = Urgency.P3;
        foreach (var rule in policy.Rules)
        {
            if (rule.All.All(signals.Contains) && (rule.Any.Count == 0 || rule.Any.Any(signals.Contains)) && !rule.Unless.Any(signals.Contains))
            {
                urgency = rule.Urgency;
                break;
            }
        }

        var reasons = ageReasons.Concat(fired.Values).ToList();
        return new TriageDecision(urgency, minor, offence, firstPerson, reasons, ages);
    }

    private TriageReason? FirstMatch(string folded, TriagePolicy.Indicator indicator)
    {
        foreach (var (language, pattern) in indicator.Patterns)
        {
            for (var m = pattern.Match(folded); m.Success; m = m.NextMatch())
            {
                if (indicator.Negatable && IsNegated(folded, m.Index, language)) continue;
                if (indicator.PresentOnly && IsAboutThePast(folded, m.Index)) continue;
                return new TriageReason(indicator.Id, m.Value.Trim(), language);
            }
        }
        return null;
    }

    /// <summary>A negation cue shortly before the match, within the same clause ("he doesn't have a gun").</summary>
    private bool IsNegated(string folded, int index, string language)
    {
        var clauseStart = ClauseStart(folded, index);
        var from = Math.Max(clauseStart, index - NegationWindow);
        var window = folded[from..index];
        return policy.Negations.Any(n => (n.Language == language || n.Language == "all") && n.Pattern.IsMatch(window));
    }

    /// <summary>The match's sentence speaks of the past ("last year", "hace 3 años") and nothing in it says now.</summary>
    private bool IsAboutThePast(string folded, int index)
    {
        var start = folded.LastIndexOfAny(SentenceEnds, Math.Max(0, index - 1)) + 1;
        var end = folded.IndexOfAny(SentenceEnds, index);
        var sentence = folded[start..(end < 0 ? folded.Length : end)];
        return policy.PastCues.Any(p => p.Pattern.IsMatch(sentence)) && !policy.PresentCues.Any(p => p.Pattern.IsMatch(sentence));
    }

    private static int ClauseStart(string folded, int index)
    {
        var start = folded.LastIndexOfAny(SentenceEnds, Math.Max(0, index - 1)) + 1;
        foreach (var joiner in new[] { " but ", " pero ", " mais ", " mas ", " ma " })
        {
            var at = folded.LastIndexOf(joiner, Math.Max(0, index - 1), StringComparison.Ordinal);
            if (at >= start && at < index) start = at + joiner.Length;
        }
        return start;
    }

    private List<int> FindAges(string folded, out List<TriageReason> reasons)
    {
        var ages = new List<int>();
        reasons = [];
        foreach (var (language, pattern) in policy.AgePatterns)
        {
            foreach (Match m in pattern.Matches(folded))
            {
                var group = m.Groups["age"];
                if (!group.Success) continue;
                var raw = group.Value.Trim();
                int age;
                if (!int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out age) && !policy.NumberWords.TryGetValue(raw, out age)) continue;
                if (age is < 1 or > 99 || ages.Contains(age)) continue;
                ages.Add(age);
                if (age < policy.AdultAge) reasons.Add(new TriageReason("minor", "age=" + age.ToString(CultureInfo.InvariantCulture), language));
            }
        }
        return ages;
    }
}
