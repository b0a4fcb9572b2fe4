using TipLine.Bot.Storage;
using TipLine.Core.Triage;

namespace TipLine.Bot.Dispatch;

/// <summary>The <c>Dispatch</c> section: who is on call, in paging order, and how long to wait for an acknowledgement.</summary>
public sealed class DispatchOptions
{
    public const string Section = "Dispatch";

    public List<string> OnCall { get; set; } = [];
    public int AckTimeoutSeconds { get; set; } = 300;

    /// <summary>P2 tips are gathered this long into one notification (the policy allows up to 15 minutes).</summary>
    public int P2BatchSeconds { get; set; } = 300;
}

public sealed record Escalation(long Id, string TipId, string Reference, string Urgency, string Summary, long NextIndex, long Pages, string DueAt, string CreatedAt);

public sealed record AuditEntry(string At, string Actor, string Action, string? Detail);

/// <summary>
/// Escalations and the audit trail, as rows: a page that is due is a row whose time has come, so paging
/// survives restarts the way the outbox does (a durable timer in the same database, no scheduler process).
/// </summary>
public sealed class Escalations(Database database)
{
    private const string SelectEscalation = """
        SELECT id AS Id, tip_id AS TipId, reference AS Reference, urgency AS Urgency, summary AS Summary, next_index AS NextIndex,
               pages AS Pages, due_at AS DueAt, created_at AS CreatedAt
        FROM escalations
        """;

    /// <summary>Opens an escalation for a tip (once; a P2 that becomes P1 is raised and paged now). Part of the turn's unit of work.</summary>
    public async Task OpenAsync(string tipId, string reference, Urgency urgency, string summary, DateTimeOffset now, DateTimeOffset p2Due, CancellationToken ct = default)
    {
        await using var db = await database.OpenAsync(ct);
        var due = DbTime.Of(urgency == Urgency.P1 ? now : p2Due);
        var changed = await db.ExecuteAsync(
            """
            INSERT INTO escalations (tip_id, reference, urgency, summary, due_at, created_at) VALUES (@tipId, @reference, @urgency, @summary, @due, @now)
            ON CONFLICT (tip_id) DO UPDATE SET urgency = 'P1', summary = excluded.summary, due_at = excluded.due_at
              WHERE escalations.urgency = 'P2' AND excluded.urgency = 'P1' AND escalations.acknowledged_at IS NULL
            """,
            new { tipId, reference, urgency = urgency.ToString(), summary, due, now = DbTime.Of(now) });
        if (changed > 0) await AuditAsync(tipId, "triage", urgency == Urgency.P1 ? "escalated" : "queued for the P2 notification", summary, now, ct);
    }

    public async Task<IReadOnlyList<Escalation>> DueAsync(string urgency, DateTimeOffset now, CancellationToken ct = default)
    {
        await using var db = await database.OpenAsync(ct);
        return [.. await db.QueryAsync<Escalation>(
            SelectEscalation + " WHERE acknowledged_at IS NULL AND urgency = @urgency AND due_at <= @now ORDER BY id",
            new { urgency, now = DbTime.Of(now) })];
    }

    public async Task PagedAsync(Escalation e, long index, DateTimeOffset next, CancellationToken ct = default)
    {
        await using var db = await database.OpenAsync(ct);
        await db.ExecuteAsync("UPDATE escalations SET next_index = @n, pages = pages + 1, due_at = @next WHERE id = @id AND acknowledged_at IS NULL",
            new { n = index + 1, next = DbTime.Of(next), id = e.Id });
    }

    /// <summary>A P2 notification was sent: nothing more is owed for it.</summary>
    public async Task NotifiedAsync(Escalation e, DateTimeOffset now, CancellationToken ct = default)
    {
        await using var db = await database.OpenAsync(ct);
        await db.ExecuteAsync("UPDATE escalations SET pages = pages + 1, acknowledged_at = @now, acknowledged_by = 'notified' WHERE id = @id", new { id = e.Id, now = DbTime.Of(now) });
    }

    /// <summary>Acknowledges the escalation of <paramref name="reference"/>, or else the oldest unacknowledged P1. Null when there is none.</summary>
    public async Task<Escalation?> AcknowledgeAsync(string? reference, string by, DateTimeOffset now, CancellationToken ct = default)
    {
        await using var db = await database.OpenAsync(ct);
        var e = await db.QuerySingleOrDefaultAsync<Escalation>(
            SelectEscalation + " WHERE acknowledged_at IS NULL AND urgency = 'P1' AND (@reference IS NULL OR reference = @reference) ORDER BY id LIMIT 1",
            new { reference });
        if (e is null) return null;
        await db.ExecuteAsync("UPDATE escalations SET acknowledged_at = @now, acknowledged_by = @by WHERE id = @id", new { id = e.Id, now = DbTime.Of(now), by });
        return e;
    }

    public async Task AuditAsync(string tipId, string actor, string action, string? detail, DateTimeOffset at, CancellationToken ct = default)
    {
        await using var db = await database.OpenAsync(ct);
        await db.ExecuteAsync("INSERT INTO audit (tip_id, at, actor, action, detail) VALUES (@tipId, @at, @actor, @action, @detail)",
            new { tipId, at = DbTime.Of(at), actor, action, detail });
    }

    /// <summary>The latest entries across all tips, newest first: for supervisors, who saw and did what.</summary>
    public async Task<IReadOnlyList<(string Reference, AuditEntry Entry)>> RecentAuditAsync(int limit, CancellationToken ct = default)
    {
        await using var db = await database.OpenAsync(ct);
        var rows = await db.QueryAsync<(string Reference, string At, string Actor, string Action, string? Detail)>(
            "SELECT t.reference, a.at, a.actor, a.action, a.detail FROM audit a JOIN tips t ON t.tip_id = a.tip_id ORDER BY a.id DESC LIMIT @limit", new { limit });
        return [.. rows.Select(r => (r.Reference, new AuditEntry(r.At, r.Actor, r.Action, r.Detail)))];
    }

    /// <summary>The open P1 escalation of a tip, if it is still paging.</summary>
    public async Task<bool> IsPagingAsync(string tipId, CancellationToken ct = default)
    {
        await using var db = await database.OpenAsync(ct);
        return await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM escalations WHERE tip_id = @tipId AND urgency = 'P1' AND acknowledged_at IS NULL", new { tipId }) > 0;
    }

    public async Task<IReadOnlyList<AuditEntry>> AuditTrailAsync(string reference, CancellationToken ct = default)
    {
        await using var db = await database.OpenAsync(ct);
        return [.. await db.QueryAsync<AuditEntry>(
            "SELECT a.at AS At, a.actor AS Actor, a.action AS Action, a.detail AS Detail FROM audit a JOIN tips t ON t.tip_id = a.tip_id WHERE t.reference = @reference ORDER BY a.id",
            new { reference })];
    }
}
