using System.Diagnostics;
using TipLine.Core.Triage;

namespace TipLine.UnitTests.Triage;

public class PolicyPatternTests
{
    [Fact]
    public void A_text_that_runs_a_pattern_out_of_time_is_answered_by_the_linear_engine_and_so_is_every_text_after_it()
    {
        var pattern = new PolicyPattern("(?:a|aa)+c"); // exponential for the backtracking engine on a run of a's without c
        var stopwatch = Stopwatch.StartNew();
        Assert.False(pattern.IsMatch(new string('a', 60)));
        Assert.True(pattern.IsMatch(new string('a', 60) + "c"));
        Assert.Single(pattern.Matches("x aac y"));
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(10), $"took {stopwatch.Elapsed}");
    }

    private static IEnumerable<(string Language, PolicyPattern Pattern)> AllPatterns(TriagePolicy policy) =>
        policy.Negations.Concat(policy.PastCues).Concat(policy.PresentCues).Concat(policy.ClauseJoiners).Concat(policy.Conditionals).Concat(policy.CompoundAges).Concat(policy.WriterCues).Concat(policy.OthersCues).Concat(policy.AgePatterns)
            .Concat(policy.Indicators.SelectMany(i => i.Patterns)).Concat(policy.TimeHints.Select(h => (h.Key, h.Value)));

    [Fact]
    public void Only_patterns_that_need_lookarounds_lack_the_linear_fallback()
    {
        var withoutFallback = AllPatterns(TriagePolicy.Load(TestPaths.Triage)).Where(p => !p.Pattern.IsLinear).ToList();
        Assert.All(withoutFallback, p => Assert.Matches(@"\(\?<?[=!]", p.Pattern.ToString()));
    }

    [Fact]
    public void Every_pattern_of_the_policy_answers_long_repetitive_texts_quickly()
    {
        var policy = TriagePolicy.Load(TestPaths.Triage);
        string[] texts = [new string('a', 10_000), string.Concat(Enumerable.Repeat("he has a ", 1_200)), string.Concat(Enumerable.Repeat("15 ", 3_000)),
            string.Concat(Enumerable.Repeat("я не ", 2_000)), string.Concat(Enumerable.Repeat("我的", 4_000)), string.Concat(Enumerable.Repeat("toi khong ", 1_000))];
        var stopwatch = Stopwatch.StartNew();
        foreach (var (_, pattern) in AllPatterns(policy))
        {
            foreach (var text in texts) _ = pattern.Matches(text);
        }
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(20), $"took {stopwatch.Elapsed}");
    }
}
