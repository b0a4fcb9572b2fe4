using TipLine.Core.Triage;

namespace TipLine.UnitTests.Triage;

/// <summary>
/// Guards the labelled dev set (shared/triage/dev.jsonl) against regressions in the languages whose
/// lexicons exist so far. The other languages come with the multilingual triage issue.
/// </summary>
public class DevSetRegressionTests
{
    [Fact]
    public void English_and_Spanish_never_under_triage_an_emergency()
    {
        if (!File.Exists(TestPaths.DevSet)) Assert.Fail($"The dev set is missing at {TestPaths.DevSet}");
        using var reader = File.OpenText(TestPaths.DevSet);
        var tips = TriageEvaluation.Read(reader).Where(t => t.Language is "en" or "es").ToList();
        var engine = new TriageEngine(TriagePolicy.Load(TestPaths.Triage));
        var outcomes = tips.Select(t => new TriageOutcome(t, engine.Assess(t.Text), t.Language)).ToList();
        var scores = TriageScores.Of("en+es", outcomes);

        var report = TriageEvaluation.Report(outcomes);
        Assert.True(scores.P1Recall >= 0.98, report);
        Assert.True(scores.UnderTriageRate <= 0.02, report);
        Assert.True(scores.MinorRecall >= 0.95, report);
        Assert.True(scores.ExactAccuracy >= 0.85, report);
    }
}
