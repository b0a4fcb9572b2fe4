using TipLine.Core.Triage;

namespace TipLine.UnitTests.Triage;

public class TriageSummaryTests
{
    // A dispatcher paged for a P1 reads the summary, not the tipster's words: an indicator it leaves out is a reason
    // the page does not give.
    [Fact]
    public void Every_indicator_that_can_raise_a_tip_is_named_in_the_dispatchers_summary()
    {
        var policy = TriagePolicy.Load(TestPaths.Triage);
        var raising = policy.Rules.Where(r => r.Urgency > Urgency.P3)
            .SelectMany(r => r.Any)
            .SelectMany(name => policy.Groups.TryGetValue(name, out var members) ? members : [name])
            .Where(name => name != "minor")
            .Distinct();

        var unnamed = raising.Where(name => TriageSummary.Of(Decision(name)) == "see the tip").ToList();

        Assert.Empty(unnamed);
    }

    private static TriageDecision Decision(string indicator) =>
        new(Urgency.P1, false, OffenceType.Unknown, false, [new TriageReason(indicator, "evidence", "en")], []);
}
