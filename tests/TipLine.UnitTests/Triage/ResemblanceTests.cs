using TipLine.Core.Text;
using TipLine.Core.Triage;

namespace TipLine.UnitTests.Triage;

/// <summary>The learned second opinion: it raises emergencies in words no pattern knows, and never against what the rules understood.</summary>
public class ResemblanceTests
{
    private const string Freezer = "the boss pushed the new kid into the freezer and shut it, he has been banging for ten minutes";

    private const string Papers = "a lady at my church says her employer holds onto her immigration papers and she sends all her pay to some agency";

    private static readonly Lazy<TriageEngine> RulesAlone = new(() => new TriageEngine(Triager.Policy.WithoutResemblance()));

    private static ResemblanceRaise ToP1 => Triager.Policy.Raises.Single(r => r.To == Urgency.P1);

    private static TriageDecision Assess(string text) => Triager.Assess(text, Triager.LanguageIdentifier.Detect(text));

    private static double Probability(string text) => ToP1.Model.Probability(TextNormalizer.Fold(text));

    [Fact]
    public void An_emergency_in_words_no_pattern_knows_is_raised_to_P1_with_the_words_it_rests_on()
    {
        Assert.NotEqual(Urgency.P1, RulesAlone.Value.Assess(Freezer, "en", Triager.Now).Urgency);

        var decision = Assess(Freezer);

        Assert.Equal(Urgency.P1, decision.Urgency);
        var reason = Assert.Single(decision.Reasons, r => r.Indicator == "resembles_emergency");
        AssertTheMessagesOwnWords(reason, Freezer);
        Assert.Contains("reads like past emergencies", TriageSummary.Of(decision));
    }

    [Fact]
    public void Ongoing_exploitation_in_words_no_pattern_knows_is_raised_to_P2_not_P1()
    {
        Assert.Equal(Urgency.P3, RulesAlone.Value.Assess(Papers, "en", Triager.Now).Urgency);

        var decision = Assess(Papers);

        Assert.Equal(Urgency.P2, decision.Urgency);
        AssertTheMessagesOwnWords(Assert.Single(decision.Reasons, r => r.Indicator == "resembles_urgent"), Papers);
        Assert.Contains("reads like past urgent tips", TriageSummary.Of(decision));
    }

    /// <summary>The evidence is a probability and up to three words, each one of the message's own.</summary>
    private static void AssertTheMessagesOwnWords(TriageReason reason, string text)
    {
        var parts = reason.Evidence.Split(' ');
        Assert.InRange(double.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), 0.5, 1.0);
        Assert.InRange(parts.Length - 1, 1, 3);
        var words = TextNormalizer.Fold(text).Split([' ', ',', '\''], StringSplitOptions.RemoveEmptyEntries);
        Assert.All(parts[1..], w => Assert.Contains(w, words));
    }

    [Theory]
    [InlineData("last summer at a truck stop I saw a girl in a school uniform knocking on the drivers' doors")]
    [InlineData("is anyone actually checking those sketchy massage ads?")]
    public void The_past_and_questions_are_not_raised(string text) => Assert.Equal(Urgency.P3, Assess(text).Urgency);

    [Theory]
    [InlineData("he doesn't have a gun in the house or in his car")]
    public void The_model_does_not_raise_what_the_rules_read_as_negated(string text)
    {
        Assert.True(Probability(text) >= ToP1.At, "the model alone would raise this: the test shows the rules' negation holds it back");
        Assert.Equal(Urgency.P3, Assess(text).Urgency);
    }

    [Theory]
    [InlineData("a girl around 13 or 14 years old")]
    [InlineData("she looks about 15, skinny, long black hair")]
    [InlineData("tonight around 9 at the motel on 5th")]
    [InlineData("una niña de unos 12 años con uniforme")]
    public void A_dialog_answer_with_only_an_age_or_a_time_is_not_judged(string text) =>
        Assert.DoesNotContain(Assess(text).Reasons, r => r.Indicator.StartsWith("resembles_", StringComparison.Ordinal));

    [Theory]
    [InlineData("yes")]
    [InlineData("no")]
    [InlineData("ok thank you")]
    [InlineData("hello")]
    [InlineData("what time do you close?")]
    [InlineData("I want to volunteer at the shelter")]
    [InlineData("can you send me training materials for my church group")]
    [InlineData("sí")]
    [InlineData("谢谢")]
    [InlineData("oui")]
    [InlineData("نعم")]
    [InlineData("是的")]
    [InlineData("now")]
    [InlineData("네")]
    public void Dialog_answers_and_everyday_messages_are_not_raised(string text)
    {
        Assert.Equal(Urgency.P3, Assess(text).Urgency);
        Assert.DoesNotContain(Assess(text).Reasons, r => r.Indicator == "resembles_emergency");
    }

    // Messages of a conversation that are not tips (an address, a car, an age, a thank-you, "is this line
    // confidential?"), in all eleven languages, never among the examples. Of the first forty, when the models judged
    // every message of five words or more, 16 were raised to P1 and 4 to P2; the next forty, written after a first
    // mend and measured before any other, showed it was not enough (bench/RESULTS.md).
    [Fact]
    public void Everyday_conversation_is_seldom_raised()
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Triage", "Data", "everyday-conversation.txt")).Where(l => l.Length > 0).ToList();
        Assert.Equal(80, lines.Count);
        var raised = new List<string>();
        foreach (var line in lines)
        {
            var decision = Assess(line);
            if (!decision.Reasons.Any(r => r.Indicator.StartsWith("resembles_", StringComparison.Ordinal))) continue;
            raised.Add($"{line} -> {decision.Urgency} ({string.Join(" ", decision.Reasons)})");
        }
        Assert.True(raised.Count <= MeasuredRaised, string.Join("\n", raised));
    }

    private const int MeasuredRaised = 4; // 1 to P1 (a Haitian description of a house), 3 to P2

    [Fact]
    public void The_same_examples_teach_the_same_model()
    {
        var examples = TriagePolicy.ReadExamples(Triager.Policy.ExamplesFolder!).Select(e => e.Tip).ToList();
        var again = ResemblanceModel.Train(examples, Urgency.P1);
        Assert.Equal(Probability(Freezer), again.Probability(TextNormalizer.Fold(Freezer)));
    }

    // Each tip judged by models that never learned from it or its rewordings (measured: the P1 model alone 0.903 P1
    // recall, rules and models raise 0.086 of the other tips to P1, exact 0.944; `tipline triage cross-validate`). A
    // floor under each, so a change that makes the models memorise instead of generalise, or raise everything, fails here.
    [Fact]
    public void On_examples_it_never_learned_from_the_model_finds_most_emergencies_and_raises_few_other_tips()
    {
        var examples = TriagePolicy.ReadExamples(Triager.Policy.ExamplesFolder!).Select(e => (ResemblanceValidation.GroupOf(e.File), e.Tip)).ToList();
        var results = ResemblanceValidation.Run(Triager.Policy, null, Triager.LanguageIdentifier, examples, 5, Triager.Now);
        var emergencies = results.Where(r => r.Emergency).ToList();
        var others = results.Where(r => !r.Emergency).ToList();
        var report = ResemblanceValidation.Report(results, ToP1.At);

        Assert.True(emergencies.Count(r => r.Resemblance >= ToP1.At) >= 0.85 * emergencies.Count, report);
        Assert.True(others.Count(r => r.ByBoth == Urgency.P1) <= 0.10 * others.Count, report);
        Assert.True(results.Count(r => r.ByBoth == r.Expected) >= 0.92 * results.Count, report);
        Assert.All(results, r => Assert.True(r.ByBoth >= r.ByRules, $"{r.Tip.Id}: the model lowered a decision"));
    }

    [Fact]
    public void A_holdout_and_the_grid_written_after_it_are_one_group()
    {
        Assert.Equal(ResemblanceValidation.GroupOf("/x/own-tips-171.jsonl"), ResemblanceValidation.GroupOf("/x/own-tips-172.jsonl"));
        Assert.NotEqual(ResemblanceValidation.GroupOf("/x/own-tips-172.jsonl"), ResemblanceValidation.GroupOf("/x/own-tips-173.jsonl"));
        Assert.Equal("own-tips", ResemblanceValidation.GroupOf("/x/own-tips.jsonl"));
    }

    private const string MinimalPolicy = "indicators:\n  weapon:\n    patterns:\n      en: ['gun']\nrules:\n  - urgency: P1\n    any: [weapon]\n";

    private static string PolicyWithExamples(string resemblance, params (string Name, string Lines)[] files)
    {
        var dir = TestPaths.TempDirectory();
        File.WriteAllText(Path.Combine(dir, "policy.yaml"), MinimalPolicy + resemblance);
        Directory.CreateDirectory(Path.Combine(dir, "examples"));
        foreach (var (name, lines) in files) File.WriteAllText(Path.Combine(dir, "examples", name), lines);
        return dir;
    }

    private const string TwoTips =
        "{\"id\":\"a\",\"language\":\"en\",\"urgency\":\"P1\",\"minor\":false,\"text\":\"he is beating her now\"}\n" +
        "{\"id\":\"b\",\"language\":\"en\",\"urgency\":\"P3\",\"minor\":false,\"text\":\"how do I spot the signs?\"}\n";

    [Fact]
    public void A_policy_without_a_resemblance_section_decides_by_its_rules_alone()
    {
        var dir = TestPaths.TempDirectory();
        File.WriteAllText(Path.Combine(dir, "policy.yaml"), MinimalPolicy);
        var policy = TriagePolicy.Load(dir);
        Assert.Empty(policy.Raises);
        Assert.Equal(Urgency.P3, new TriageEngine(policy).Assess("he is beating her now").Urgency);
    }

    [Fact]
    public void A_small_policy_learns_from_its_own_examples()
    {
        var policy = TriagePolicy.Load(PolicyWithExamples("resemblance:\n  raise-to-p1-at: 0.5\n", ("a.jsonl", TwoTips)));
        var raise = Assert.Single(policy.Raises); // no raise-to-p2-at: no model for P2
        Assert.Equal(Urgency.P1, raise.To);
        Assert.Equal(2, raise.Model.ExampleCount);
        Assert.True(raise.Model.Probability("he is beating her now") > raise.Model.Probability("how do i spot the signs"));
    }

    [Theory]
    [InlineData("resemblance:\n  examples: missing\n", "does not exist")]
    [InlineData("resemblance:\n  raise-to-p1-at: 1.5\n", "raise-to-p1-at")]
    [InlineData("resemblance:\n  raise-to-p2-at: 0\n", "raise-to-p2-at")]
    [InlineData("resemblance:\n  unless: [no_such_thing]\n", "no_such_thing")]
    public void A_resemblance_section_that_cannot_work_is_refused_with_what_is_wrong(string section, string expected)
    {
        var refused = Assert.Throws<TriagePolicyException>(() => TriagePolicy.Load(PolicyWithExamples(section, ("a.jsonl", TwoTips))));
        Assert.Contains(expected, refused.Message);
    }

    [Theory]
    [InlineData("{\"id\":\"c\",\"language\":\"en\",\"urgency\":\"P1\",\"minor\":false,\"text\":\"x\"", "bad.jsonl")]
    [InlineData("{\"id\":\"c\",\"language\":\"en\",\"urgency\":\"urgent\",\"minor\":false,\"text\":\"x\"}", "'c'")]
    [InlineData("{\"id\":\"c\",\"language\":\"en\",\"urgency\":\"P1\",\"minor\":false,\"text\":\"\"}", "'c'")]
    public void A_broken_example_is_refused_naming_its_file_or_its_id(string line, string expected)
    {
        var refused = Assert.Throws<TriagePolicyException>(() => TriagePolicy.Load(PolicyWithExamples("resemblance: {}\n", ("a.jsonl", TwoTips), ("bad.jsonl", line + "\n"))));
        Assert.Contains(expected, refused.Message);
    }

    [Fact]
    public void Examples_that_are_all_emergencies_teach_nothing_and_are_refused()
    {
        var onlyP1 = TwoTips.Split('\n')[0] + "\n";
        var refused = Assert.Throws<TriagePolicyException>(() => TriagePolicy.Load(PolicyWithExamples("resemblance: {}\n", ("a.jsonl", onlyP1))));
        Assert.Contains("both", refused.Message);
    }
}
