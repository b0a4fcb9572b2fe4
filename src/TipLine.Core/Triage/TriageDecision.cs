namespace TipLine.Core.Triage;

/// <summary>P1 is the most urgent; the numeric order lets "max urgency" be a comparison.</summary>
public enum Urgency { P3 = 0, P2 = 1, P1 = 2 }

public enum OffenceType { Unknown, SexTrafficking, LaborTrafficking }

/// <summary>One indicator that fired, with the words it matched: a dispatcher must be able to see why.</summary>
public sealed record TriageReason(string Indicator, string Evidence, string Language)
{
    public override string ToString() => $"{Indicator}:{Evidence}";
}

/// <summary>The outcome of triaging a message or a conversation.</summary>
public sealed record TriageDecision(
    Urgency Urgency,
    bool Minor,
    OffenceType Offence,
    bool FirstPersonHelp,
    IReadOnlyList<TriageReason> Reasons,
    IReadOnlyList<int> Ages)
{
    public static TriageDecision None { get; } = new(Urgency.P3, false, OffenceType.Unknown, false, [], []);

    /// <summary>
    /// Combines a conversation's decision so far with a new one. Urgency never goes down within a
    /// conversation (only a dispatcher may lower it); reasons accumulate.
    /// </summary>
    public TriageDecision Merge(TriageDecision next) => new(
        (Urgency)Math.Max((int)Urgency, (int)next.Urgency),
        Minor || next.Minor,
        Offence != OffenceType.Unknown ? Offence : next.Offence,
        FirstPersonHelp || next.FirstPersonHelp,
        [.. Reasons.Concat(next.Reasons).DistinctBy(r => r.ToString())],
        [.. Ages.Concat(next.Ages).Distinct()]);
}
