using System.Globalization;

namespace TipLine.Core.Triage;

/// <summary>
/// A one-line English summary of a decision for a dispatcher's page: the indicators by name (and ages), never
/// the tipster's words, which may be in any language and may identify them.
/// </summary>
public static class TriageSummary
{
    private static readonly Dictionary<string, string> Names = new()
    {
        ["violence_now"] = "violence now", ["weapon"] = "weapon", ["confined"] = "confined", ["danger_now"] = "in danger now",
        ["medical"] = "medical emergency", ["self_harm"] = "self-harm risk", ["movement"] = "victims being moved", ["soon"] = "within hours",
        ["sex"] = "commercial sex", ["labor"] = "forced labor", ["control"] = "control (papers, debt, confinement)", ["help_request"] = "asks for help",
        ["not_safe"] = "not safe to talk", ["violence_harm"] = "violence now", ["collapsed"] = "medical emergency", ["border"] = "taken across a border",
        ["cry_for_help"] = "cry for help", ["out_of_school"] = "minor out of school", ["violence_taken"] = "abduction or sexual violence now",
        ["sold"] = "about to be sold", ["deprivation"] = "no food or water", ["injured"] = "injured now",
        ["forced_marriage"] = "forced marriage", ["fire"] = "fire or smoke",
        ["resembles_emergency"] = "reads like past emergencies", ["resembles_urgent"] = "reads like past urgent tips",
    };

    public static string Of(TriageDecision decision)
    {
        var parts = new List<string>();
        var minors = decision.Ages.Where(a => a < 18).Order().ToList();
        if (decision.Minor) parts.Add(minors.Count > 0 ? "minor (" + string.Join("/", minors.Select(a => a.ToString(CultureInfo.InvariantCulture))) + ")" : "minor");
        parts.AddRange(decision.Reasons.Select(r => r.Indicator).Distinct().Where(Names.ContainsKey).Select(i => Names[i]));
        if (decision.FirstPersonHelp) parts.Add("victim writing");
        return parts.Count == 0 ? "see the tip" : string.Join(", ", parts.Distinct());
    }
}
