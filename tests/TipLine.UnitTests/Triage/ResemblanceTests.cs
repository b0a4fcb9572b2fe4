using TipLine.Core.Text;
using TipLine.Core.Triage;

namespace TipLine.UnitTests.Triage;

/// <summary>The learned second opinion: it raises emergencies in words no pattern knows, and never against what the rules understood.</summary>
public class ResemblanceTests
{
    // Shut in a dumpster: no pattern names it (a freezer or a walk-in cooler is a pattern since holdout-215 was mended).
    private const string Dumpster = "the boss threw the new kid into the dumpster and sat on the lid, he has been banging for ten minutes";

    private const string Papers = "a lady at my church says her employer holds onto her immigration papers and she sends all her pay to some agency";

    private static ResemblanceRaise ToP1 => Triager.Policy.Raises.Single(r => r.To == Urgency.P1);

    private static TriageDecision Assess(string text) => Triager.Assess(text, Triager.LanguageIdentifier.Detect(text));

    private static double Probability(string text) => ToP1.Model.Probability(TextNormalizer.Fold(text));

    [Fact]
    public void An_emergency_in_words_no_pattern_knows_is_raised_to_P1_with_the_words_it_rests_on()
    {
        Assert.NotEqual(Urgency.P1, Triager.RulesAlone.Assess(Dumpster, "en", Triager.Now).Urgency);

        var decision = Assess(Dumpster);

        Assert.Equal(Urgency.P1, decision.Urgency);
        var reason = Assert.Single(decision.Reasons, r => r.Indicator == "resembles_emergency");
        AssertTheMessagesOwnWords(reason, Dumpster);
        Assert.Contains("reads like past emergencies", TriageSummary.Of(decision));
    }

    [Fact]
    public void Ongoing_exploitation_in_words_no_pattern_knows_is_raised_to_P2_not_P1()
    {
        Assert.Equal(Urgency.P3, Triager.RulesAlone.Assess(Papers, "en", Triager.Now).Urgency);

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

    // A small policy whose models learned that a gun in the house is an emergency: only the rules' negation holds them back.
    [Theory]
    [InlineData("unless: [negated]", Urgency.P3)]
    [InlineData("unless: []", Urgency.P1)]
    public void The_models_do_not_raise_what_the_rules_read_as_negated(string unless, Urgency expected)
    {
        static string Tip(string id, string urgency, string text) =>
            $"{{\"id\":\"{id}\",\"language\":\"en\",\"urgency\":\"{urgency}\",\"minor\":false,\"text\":\"{text}\"}}\n";
        var examples = string.Concat(Enumerable.Range(0, 20).Select(i => Tip($"p{i}", "P1", $"he has a gun in the house and in his car, room {i}")))
            + string.Concat(Enumerable.Range(0, 20).Select(i => Tip($"q{i}", "P3", $"how do I spot the signs of trafficking at work, question {i}")));
        var policy = TriagePolicy.Load(PolicyWithExamples($"negation:\n  en: ['\\bdoesn.t\\b']\nresemblance:\n  {unless}\n", ("a.jsonl", examples)));
        const string text = "he doesn't have a gun in the house or in his car";

        Assert.True(policy.Raises[0].Model.Probability(TextNormalizer.Fold(text)) >= policy.Raises[0].At);
        Assert.Equal(expected, new TriageEngine(policy).Assess(text, "en").Urgency);
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

    // Forty messages of a conversation that are not tips (an address seen from a window, "I work nights, call me in
    // the afternoon", "my pastor told me to write"), in all eleven languages, written after 213 such messages had become
    // examples and never learned from. Told as a conversation's first message, the models still raise many of them
    // (measured in the message); later in a conversation, where they belong, only when the rules found something.
    [Fact]
    public void Everyday_conversation_after_the_tip_is_seldom_raised()
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Triage", "Data", "everyday-conversation.txt")).Where(l => l.Length > 0).ToList();
        Assert.Equal(40, lines.Count);
        List<string> Raised(bool tellsTheTip) =>
        [
            .. lines.Select(line => (Line: line, Decision: Triager.Engine.Assess(line, Triager.LanguageIdentifier.Detect(line), Triager.Now, tellsTheTip)))
                .Where(x => x.Decision.Reasons.Any(r => r.Indicator.StartsWith("resembles_", StringComparison.Ordinal)))
                .Select(x => $"{x.Line} -> {x.Decision.Urgency} ({string.Join(" ", x.Decision.Reasons)})"),
        ];
        var later = Raised(tellsTheTip: false);
        var first = Raised(tellsTheTip: true);
        var report = $"later in a conversation {later.Count}:\n{string.Join("\n", later)}\nas the first message {first.Count}:\n{string.Join("\n", first)}";
        Assert.True(later.Count <= MeasuredLater, report);
        Assert.True(first.Count <= MeasuredFirst, report);
    }

    // Later: none (one, until Arabic "تقريبا" (about) stopped reading as "قريبا" (soon)). First: 14 to 17 as examples
    // were added, 5 of them to P1: the models move with what they learn, so the bound leaves room.
    private const int MeasuredLater = 0;
    private const int MeasuredFirst = 20;

    [Fact]
    public void The_same_examples_teach_the_same_model()
    {
        var examples = TriagePolicy.ReadExamples(Triager.Policy.ExamplesFolder!).Select(e => e.Tip).ToList();
        var again = ResemblanceModel.Train(examples, Urgency.P1);
        Assert.Equal(Probability(Dumpster), again.Probability(TextNormalizer.Fold(Dumpster)));
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
