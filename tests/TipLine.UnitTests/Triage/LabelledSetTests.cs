using TipLine.Core.Triage;

namespace TipLine.UnitTests.Triage;

/// <summary>
/// Two labelled sets: tips the engineers wrote from the policy in all eleven languages (Data/own-tips.jsonl,
/// never tuned against line by line), and the task force's dev set. Language is detected, not given.
/// </summary>
public class LabelledSetTests
{
    // Six batches, each written fresh from the policy; each was measured once before any lexicon change
    // (P1 recall 1.000, 0.857, 0.857, 0.769, 0.083, 0.231: below the 0.98 target on fresh tips; the last two used kinds of
    // emergency no lexicon named yet), then their gaps were fixed generically.
    private static readonly string[] OwnTipFiles = ["own-tips.jsonl", "own-tips-2.jsonl", "own-tips-3.jsonl", "own-tips-4.jsonl", "own-tips-5.jsonl", "own-tips-6.jsonl", "own-tips-7.jsonl", "own-tips-8.jsonl", "own-tips-9.jsonl", "own-tips-10.jsonl", "own-tips-11.jsonl", "own-tips-12.jsonl", "own-tips-13.jsonl", "own-tips-14.jsonl", "own-tips-15.jsonl", "own-tips-16.jsonl", "own-tips-17.jsonl", "own-tips-18.jsonl", "own-tips-19.jsonl", "own-tips-20.jsonl", "own-tips-21.jsonl", "own-tips-22.jsonl", "own-tips-23.jsonl", "own-tips-24.jsonl", "own-tips-25.jsonl", "own-tips-26.jsonl", "own-tips-27.jsonl", "own-tips-28.jsonl",
        "own-tips-29.jsonl", "own-tips-30.jsonl", "own-tips-31.jsonl", "own-tips-32.jsonl", "own-tips-33.jsonl", "own-tips-34.jsonl", "own-tips-35.jsonl", "own-tips-36.jsonl", "own-tips-37.jsonl", "own-tips-38.jsonl", "own-tips-39.jsonl", "own-tips-40.jsonl", "own-tips-41.jsonl", "own-tips-42.jsonl", "own-tips-43.jsonl", "own-tips-44.jsonl", "own-tips-45.jsonl", "own-tips-46.jsonl", "own-tips-47.jsonl", "own-tips-48.jsonl",
        "own-tips-49.jsonl", "own-tips-50.jsonl", "own-tips-51.jsonl", "own-tips-52.jsonl", "own-tips-53.jsonl", "own-tips-54.jsonl", "own-tips-55.jsonl", "own-tips-56.jsonl", "own-tips-57.jsonl", "own-tips-58.jsonl", "own-tips-59.jsonl", "own-tips-60.jsonl", "own-tips-61.jsonl", "own-tips-62.jsonl", "own-tips-63.jsonl", "own-tips-64.jsonl", "own-tips-65.jsonl", "own-tips-66.jsonl", "own-tips-67.jsonl", "own-tips-68.jsonl", "own-tips-69.jsonl", "own-tips-70.jsonl", "own-tips-71.jsonl", "own-tips-72.jsonl", "own-tips-73.jsonl", "own-tips-74.jsonl", "own-tips-75.jsonl", "own-tips-76.jsonl", "own-tips-77.jsonl"];

    private static IEnumerable<LabelledTip> OwnTips() =>
        OwnTipFiles.SelectMany(f => Triager.Read(Path.Combine(AppContext.BaseDirectory, "Triage", "Data", f)));

    public static TheoryData<string> OwnTipIds() => [.. OwnTips().Select(t => t.Id)];

    [Theory]
    [MemberData(nameof(OwnTipIds))]
    public void Each_own_tip_is_never_under_triaged_and_minors_are_found(string id)
    {
        var tip = OwnTips().Single(t => t.Id == id);
        var decision = Triager.Assess(tip.Text, tip.Language);
        var expected = Enum.Parse<Urgency>(tip.Urgency);
        Assert.True(decision.Urgency >= expected, $"{id}: {decision.Urgency} < {expected}; reasons: {string.Join(" ", decision.Reasons)}");
        Assert.Equal(expected, decision.Urgency);
        if (tip.Minor) Assert.True(decision.Minor, $"{id}: the minor was missed");
    }

    [Fact]
    public void The_dev_set_meets_the_targets_in_every_language_with_detected_languages()
    {
        if (!File.Exists(TestPaths.DevSet)) Assert.Fail($"The dev set is missing at {TestPaths.DevSet}");
        var outcomes = TriageEvaluation.Run(Triager.Engine, Triager.LanguageIdentifier, Triager.Read(TestPaths.DevSet));
        var report = TriageEvaluation.Report(outcomes);
        var all = TriageScores.Of("all", outcomes);

        Assert.True(all.P1Recall >= 0.98, report);
        Assert.True(all.UnderTriageRate <= 0.02, report);
        Assert.True(all.ExactAccuracy >= 0.85, report);
        Assert.True(all.MinorRecall >= 0.95, report);
        Assert.True(all.LanguageAccuracy >= 0.97, report);
        foreach (var language in TriageEvaluation.Score(outcomes).Where(s => s.Scope != "all"))
        {
            Assert.True(language.P1Recall >= 0.98 || double.IsNaN(language.P1Recall), $"{language.Scope}: P1 recall {language.P1Recall}\n{report}");
        }
    }
}
