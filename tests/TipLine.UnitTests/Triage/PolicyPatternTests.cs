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

    // Triage skips a pattern on a message without the script it needs; a pattern that could match without it must run.
    [Theory]
    [InlineData("몸캠|야한 (사진|영상)", Scripts.Hangul)]
    [InlineData("(차|트럭) ?(안|안에서).{0,40}못 ?내리게", Scripts.Hangul)]
    [InlineData(@"\bне (дает|дают)\b", Scripts.Cyrillic)]
    [InlineData("(119|구급차|앰뷸런스)", Scripts.None)]
    [InlineData("約會(app|网站)", Scripts.Han | Scripts.Latin)]
    [InlineData(@"\b(locked|trapped)\b", Scripts.Latin)]
    [InlineData(@"(?<!(our|my) )\b(van|truck)\b", Scripts.Latin)]
    [InlineData(@"(?<!노래)방[^ ]{0,3}", Scripts.Hangul)]
    [InlineData(@"\b(lol|lmao)\b|😂", Scripts.None)]
    [InlineData(@"\bat \d{1,2} ?(am|pm)\b", Scripts.Latin)]
    public void A_pattern_needs_the_scripts_of_its_letters_unless_a_digit_or_symbol_could_match_alone(string pattern, Scripts needed) =>
        Assert.Equal(needed, new PolicyPattern(pattern).Needs);

    // Skipping a pattern on a text without its scripts must never lose a match: every labelled tip, every pattern.
    [Fact]
    public void No_indicator_pattern_matches_a_labelled_tip_written_without_the_scripts_it_needs()
    {
        var policy = TriagePolicy.Load(TestPaths.Triage);
        var tips = Triager.OwnTips().Select(t => TipLine.Core.Text.TextNormalizer.Fold(t.Text)).ToList();
        var wrong = from indicator in policy.Indicators
                    from pattern in indicator.Patterns
                    where pattern.Pattern.Needs != Scripts.None
                    from text in tips
                    where (pattern.Pattern.Needs & ScriptSet.Of(text)) == 0 && pattern.Pattern.IsMatch(text)
                    select $"{indicator.Id}/{pattern.Language} {pattern.Pattern} matched {text}";
        Assert.Empty(wrong);
    }

    // A fresh server triages on the interpreter until its patterns are compiled: both must decide alike.
    [Fact]
    public void Interpreted_and_compiled_patterns_decide_the_labelled_tips_alike()
    {
        var interpreted = new TriageEngine(TriagePolicy.Load(TestPaths.Triage), new TipLine.Core.Text.RecognizersEntityExtractor());
        var tips = Triager.OwnTips().Where((_, i) => i % 10 == 0).ToList();
        static string Shown(TriageDecision d) => $"{d.Urgency} {d.Minor} {string.Join(' ', d.Reasons)}";
        var different = tips.Where(t => Shown(interpreted.Assess(t.Text, t.Language, Triager.Now)) != Shown(Triager.Assess(t.Text, t.Language)))
            .Select(t => t.Id).ToList();
        Assert.True(tips.Count > 300);
        Assert.Empty(different);
    }

    [Fact]
    public void A_message_mixing_scripts_is_read_by_the_patterns_of_each()
    {
        var d = Triager.Assess("help 제발 그 사람이 저를 못 가게 해요 he took my phone");
        Assert.Equal(Urgency.P1, d.Urgency);
        Assert.Equal(Scripts.Latin | Scripts.Hangul | Scripts.Arabic, ScriptSet.Of("ok 경찰 شرطة"));
        Assert.Equal(Scripts.Han, ScriptSet.Of("救命 110!"));
    }

    [Fact]
    public void Only_patterns_that_need_lookarounds_lack_the_linear_fallback()
    {
        var withoutFallback = TriagePolicy.Load(TestPaths.Triage).AllPatterns.Where(p => !p.Pattern.IsLinear).ToList();
        Assert.All(withoutFallback, p => Assert.Matches(@"\(\?<?[=!]", p.Pattern.ToString()));
    }

    [Fact]
    public void Every_pattern_of_the_policy_answers_long_repetitive_texts_quickly()
    {
        var policy = TriagePolicy.Load(TestPaths.Triage);
        string[] texts = [new string('a', 10_000), string.Concat(Enumerable.Repeat("he has a ", 1_200)), string.Concat(Enumerable.Repeat("15 ", 3_000)),
            string.Concat(Enumerable.Repeat("я не ", 2_000)), string.Concat(Enumerable.Repeat("我的", 4_000)), string.Concat(Enumerable.Repeat("toi khong ", 1_000))];
        var stopwatch = Stopwatch.StartNew();
        foreach (var (_, pattern) in policy.AllPatterns)
        {
            foreach (var text in texts) _ = pattern.Matches(text);
        }
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(20), $"took {stopwatch.Elapsed}");
    }
}
