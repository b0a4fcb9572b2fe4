using TipLine.Bot.Privacy;
using TipLine.Bot.Storage;
using TipLine.Core.Tips;
using TipLine.Core.Triage;

namespace TipLine.Bot.Dispatch;

/// <summary>Where a tip stands with the dispatchers.</summary>
public static class CaseState
{
    public const string New = "new";
    public const string Acknowledged = "acknowledged";
    public const string Forwarded = "forwarded";
    public const string Closed = "closed";

    public static readonly IReadOnlyList<string> All = [New, Acknowledged, Forwarded, Closed];
}

/// <summary>A line of the console's queue: what a dispatcher needs to choose what to open next, and no more.</summary>
public sealed record QueueItem(
    string TipId, string Reference, Urgency Urgency, string Kind, string Channel, string Language, string Summary,
    DateTimeOffset ReceivedAt, DateTimeOffset LastActivityAt, string State, string? AssignedTo, bool AwaitingAcknowledgement);

public sealed record TipNote(DateTimeOffset At, string Author, string Text);

/// <summary>
/// The dispatchers' side of a tip: the queue by urgency and age, assignment, state, and notes (encrypted: a
/// note may repeat what the tipster said). Every change is also written to the tip's audit trail.
/// </summary>
public sealed class Casework(Database database, TipStore tips, Escalations escalations, FieldProtector protector)
{
    private const string NotePurpose = "dispatcher note";

    /// <summary>Open work first (most urgent, then oldest), closed tips last; at most <paramref name="limit"/>.</summary>
    public async Task<IReadOnlyList<QueueItem>> QueueAsync(int limit = 200, CancellationToken ct = default)
    {
        // Two queries, not one a tip: the tips themselves, then where each stands with the dispatchers.
        var recent = await tips.RecentAsync(limit, ct);
        await using var db = await database.OpenAsync(ct);
        var work = (await db.QueryAsync<(string TipId, string? State, string? AssignedTo, long Unacknowledged)>(
            """
            SELECT t.tip_id, c.state, c.assigned_to,
                   (SELECT COUNT(*) FROM escalations e WHERE e.tip_id = t.tip_id AND e.urgency = 'P1' AND e.acknowledged_at IS NULL)
            FROM tips t LEFT JOIN casework c ON c.tip_id = t.tip_id
            WHERE t.tip_id IN @ids
            """, new { ids = recent.Select(t => t.TipId).ToArray() })).ToDictionary(w => w.TipId);
        var items = new List<QueueItem>();
        foreach (var tip in recent)
        {
            var row = work.GetValueOrDefault(tip.TipId);
            var draft = tip.Draft;
            items.Add(new QueueItem(tip.TipId, tip.Reference, draft.Triage.Urgency, KindOf(draft), tip.Channel, draft.Language,
                TriageSummary.Of(draft.Triage.ToDecision()), draft.ReceivedAt, tip.LastActivityAt, row.State ?? CaseState.New, row.AssignedTo, row.Unacknowledged > 0));
        }
        return [.. items
            .OrderBy(i => i.State == CaseState.Closed)
            .ThenByDescending(i => i.Urgency)
            .ThenBy(i => i.ReceivedAt)];
    }

    public static string KindOf(TipDraft draft) =>
        draft.Answers.TryGetValue("kind", out var kind) && kind.Value == "help" ? "help request" : "tip";

    public async Task<(string State, string? AssignedTo)> StateAsync(string tipId, CancellationToken ct = default)
    {
        await using var db = await database.OpenAsync(ct);
        var row = await db.QuerySingleOrDefaultAsync<(string State, string? AssignedTo)?>(
            "SELECT state, assigned_to FROM casework WHERE tip_id = @tipId", new { tipId });
        return row ?? (CaseState.New, null);
    }

    public async Task SetStateAsync(string tipId, string state, string by, DateTimeOffset at, CancellationToken ct = default)
    {
        if (!CaseState.All.Contains(state)) throw new ArgumentException($"Unknown state '{state}'.", nameof(state));
        await UpsertAsync(tipId, "state = @value", state, at, ct);
        await escalations.AuditAsync(tipId, by, "state", state, at, ct);
    }

    public async Task AssignAsync(string tipId, string? to, string by, DateTimeOffset at, CancellationToken ct = default)
    {
        await UpsertAsync(tipId, "assigned_to = @value", to, at, ct);
        await escalations.AuditAsync(tipId, by, "assigned", to ?? "(nobody)", at, ct);
    }

    public async Task AddNoteAsync(string tipId, string text, string by, DateTimeOffset at, CancellationToken ct = default)
    {
        await using var db = await database.OpenAsync(ct);
        await db.ExecuteAsync("INSERT INTO tip_notes (tip_id, at, author, note) VALUES (@tipId, @at, @by, @note)",
            new { tipId, at = DbTime.Of(at), by, note = protector.Protect(text, NotePurpose) });
        await escalations.AuditAsync(tipId, by, "note", null, at, ct);
    }

    public async Task<IReadOnlyList<TipNote>> NotesAsync(string tipId, CancellationToken ct = default)
    {
        await using var db = await database.OpenAsync(ct);
        var rows = await db.QueryAsync<(string At, string Author, string Note)>("SELECT at, author, note FROM tip_notes WHERE tip_id = @tipId ORDER BY id", new { tipId });
        return [.. rows.Select(r => new TipNote(DbTime.Parse(r.At), r.Author, protector.Unprotect(r.Note, NotePurpose)))];
    }

    private async Task UpsertAsync(string tipId, string set, string? value, DateTimeOffset at, CancellationToken ct)
    {
        await using var db = await database.OpenAsync(ct);
        await db.ExecuteAsync(
            $"""
            INSERT INTO casework (tip_id, state, updated_at) VALUES (@tipId, '{CaseState.New}', @at) ON CONFLICT (tip_id) DO NOTHING;
            UPDATE casework SET {set}, updated_at = @at WHERE tip_id = @tipId;
            """, new { tipId, value, at = DbTime.Of(at) });
    }
}
