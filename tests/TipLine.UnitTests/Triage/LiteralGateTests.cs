using TipLine.Core.Text;
using TipLine.Core.Triage;

namespace TipLine.UnitTests.Triage;

public class LiteralGateTests
{
    [Theory]
    [InlineData(@"\bpassports?\b|\bpapers\b", "papers|passport")]
    [InlineData(@"(a|b)?cat", "cat")]
    [InlineData(@"(?<!no )\bgun", "gun")]
    [InlineData(@"(foo|\w+)bar", "bar")]
    [InlineData(@"colou?r", "colo")]
    [InlineData(@"x{2,}y{0,3}", "x")]
    [InlineData(@"a{b", "a{b")]
    [InlineData(@"[^.;]{0,40}\bhit (her|him)", "hit ")]
    [InlineData(@"\$\d+", "$")]
    [InlineData(@"(?<age>\d{1,2}) (anos|años)", "anos|años")]
    [InlineData(@"把.{0,6}(卖|送)", "把")]
    public void A_pattern_names_the_texts_every_match_contains(string pattern, string literals) =>
        Assert.Equal(literals.Split('|').Order(StringComparer.Ordinal), RequiredLiterals.Of(pattern)!.Order(StringComparer.Ordinal));

    // Where any text might match, or the syntax is not followed, the pattern must run on every text.
    [Theory]
    [InlineData(@"\w+")]
    [InlineData(@"(foo|\w+)")]
    [InlineData(@"(foo)?")]
    [InlineData(@"(?i)passport")]
    [InlineData(@"[a-z-[aeiou]]+x?")]
    [InlineData(@"gun|")]
    public void A_pattern_that_may_match_without_a_known_literal_names_none(string pattern) =>
        Assert.Null(RequiredLiterals.Of(pattern));

    [Fact]
    public void Only_the_patterns_whose_literals_are_in_the_text_may_match_it()
    {
        var (passport, gun, anything) = (new PolicyPattern(@"\bpassports?\b"), new PolicyPattern(@"\b(gun|pistol)s?\b"), new PolicyPattern(@"^\w+$"));
        var passes = new LiteralGate([passport, gun, anything]).Scan("the boss keeps our passports");

        Assert.True(passes.MayMatch(passport));
        Assert.False(passes.MayMatch(gun));
        Assert.True(passes.MayMatch(anything));
    }

    // Skipping a pattern the gate closes must never lose a match: every pattern of the policy, every labelled tip.
    [Fact]
    public void No_pattern_of_the_policy_matches_a_labelled_tip_its_gate_closed()
    {
        var policy = Triager.Policy;
        var texts = Triager.OwnTips().Select(t => t.Text).Concat(Triager.Read(TestPaths.DevSet).Select(t => t.Text)).Select(TextNormalizer.Fold).ToList();
        var lost = from text in texts
                   let passes = policy.Gate.Scan(text)
                   from pattern in policy.AllPatterns
                   where !passes.MayMatch(pattern.Pattern) && pattern.Pattern.IsMatch(text)
                   select $"{pattern.Language} {pattern.Pattern} matched {text}";
        Assert.Empty(lost);
        Assert.True(policy.AllPatterns.Count(p => p.Pattern.RequiredLiterals is null) <= 5, "nearly every pattern should have literals to gate on");
    }
}
