using Dapper;
using TipLine.Bot.Privacy;

namespace TipLine.Bot.Storage;

/// <summary>One revision of a record for one sink, waiting for, or done with, delivery.</summary>
public sealed record OutboxEntry(long Id, string TipId, long Revision, string Sink, string Payload, long Attempts, string? ValidationError, string WindowStartedAt);

/// <summary>What operators see of an entry: never the record itself (it holds the narrative).</summary>
public sealed record OutboxItem(long Id, string TipId, long Revision, string Sink, string State, long Attempts, string CreatedAt, string? NextAttemptAt, string? LastError, string? ValidationError);

public sealed record OutboxStats(long Pending, long Failing, long DeadLettered, double OldestPendingSeconds);

/// <summary>
/// Wakes a background worker as soon as there is work (a record queued, an escalation opened) instead of at
/// its next poll. The type parameter names the work (the outbox, escalations), so each is its own singleton.
/// </summary>
public sealed class WakeSignal<TWork>
{
    private readonly SemaphoreSlim _signal = new(0);

    public void Notify()
    {
        if (_signal.CurrentCount == 0) _signal.Release();
    }

    public Task WaitAsync(TimeSpan timeout, CancellationToken ct) => _signal.WaitAsync(timeout, ct);
}

/// <summary>The outbox table: what is due, what happened to each attempt, and what operators can do about it.</summary>
/// <remarks>The protector is needed only to read records for delivery; operators' listings never decrypt.</remarks>
public sealed class Outbox(Database database, FieldProtector? protector = null)
{
    private const string Undelivered = "delivered_at IS NULL";

    /// <summary>
    /// The next due entry of each tip for a sink, oldest first: a later revision never overtakes an earlier one
    /// (not even a dead-lettered one), so intake sees each tip's revisions in order.
    /// </summary>
    public async Task<IReadOnlyList<OutboxEntry>> DueAsync(string sink, DateTimeOffset now, int limit, CancellationToken ct = default)
    {
        await using var db = await database.OpenAsync(ct);
        var rows = await db.QueryAsync<OutboxEntry>(
            $"""
            SELECT o.id AS Id, o.tip_id AS TipId, o.revision AS Revision, o.sink AS Sink, o.payload AS Payload, o.attempts AS Attempts,
                   o.validation_error AS ValidationError, o.window_started_at AS WindowStartedAt
            FROM outbox o
            WHERE o.sink = @sink AND o.{Undelivered} AND o.dead_lettered_at IS NULL AND o.next_attempt_at <= @now
              AND o.revision = (SELECT MIN(revision) FROM outbox p WHERE p.tip_id = o.tip_id AND p.sink = o.sink AND p.{Undelivered})
            ORDER BY o.id LIMIT @limit
            """,
            new { sink, now = DbTime.Of(now), limit });
        var open = protector ?? throw new InvalidOperationException("Reading records for delivery needs the key ring.");
        return [.. rows.Select(r => r with { Payload = open.Unprotect(r.Payload, TipStore.RecordPurpose) })];
    }

    public static DateTimeOffset WindowStart(OutboxEntry entry) => DbTime.Parse(entry.WindowStartedAt);

    public async Task MarkDeliveredAsync(long id, DateTimeOffset now, CancellationToken ct = default)
    {
        await using var db = await database.OpenAsync(ct);
        await db.ExecuteAsync("UPDATE outbox SET delivered_at = @now, attempts = attempts + 1, last_error = NULL WHERE id = @id", new { id, now = DbTime.Of(now) });
    }

    /// <summary>Records a failed attempt; past <paramref name="deadLetterAt"/> the entry is parked. Returns true when it was.</summary>
    public async Task<bool> MarkFailedAsync(long id, string error, DateTimeOffset now, DateTimeOffset nextAttempt, DateTimeOffset deadLetterAt, CancellationToken ct = default)
    {
        var dead = now >= deadLetterAt;
        await using var db = await database.OpenAsync(ct);
        await db.ExecuteAsync(
            "UPDATE outbox SET attempts = attempts + 1, last_error = @error, next_attempt_at = @next, dead_lettered_at = @dead WHERE id = @id",
            new { id, error, next = DbTime.Of(nextAttempt), dead = dead ? DbTime.Of(now) : null });
        return dead;
    }

    public async Task<OutboxStats> StatsAsync(DateTimeOffset now, CancellationToken ct = default)
    {
        await using var db = await database.OpenAsync(ct);
        var row = await db.QuerySingleAsync<(long Pending, long Failing, long Dead, string? Oldest)>(
            $"""
            SELECT COUNT(*) FILTER (WHERE dead_lettered_at IS NULL),
                   COUNT(*) FILTER (WHERE dead_lettered_at IS NULL AND attempts > 0),
                   COUNT(*) FILTER (WHERE dead_lettered_at IS NOT NULL),
                   MIN(created_at)
            FROM outbox WHERE {Undelivered}
            """);
        var oldest = row.Oldest is null ? 0 : Math.Max(0, (now - DbTime.Parse(row.Oldest)).TotalSeconds);
        return new OutboxStats(row.Pending, row.Failing, row.Dead, oldest);
    }

    /// <summary>Undelivered entries (and, with <paramref name="includeDelivered"/>, the rest), newest first.</summary>
    public async Task<IReadOnlyList<OutboxItem>> ListAsync(bool includeDelivered, int limit, CancellationToken ct = default)
    {
        await using var db = await database.OpenAsync(ct);
        // Plain columns only: with no rows, SQLite gives an expression no type and Dapper cannot map it.
        var rows = await db.QueryAsync<Row>(
            $"""
            SELECT id, tip_id, revision, sink, attempts, created_at, next_attempt_at, delivered_at, dead_lettered_at, last_error, validation_error
            FROM outbox {(includeDelivered ? "" : "WHERE " + Undelivered)}
            ORDER BY id DESC LIMIT @limit
            """,
            new { limit });
        return [.. rows.Select(r => new OutboxItem(r.id, r.tip_id, r.revision, r.sink,
            r.delivered_at is not null ? "delivered" : r.dead_lettered_at is not null ? "dead-lettered" : r.attempts > 0 ? "failing" : "pending",
            r.attempts, r.created_at, r.delivered_at is null ? r.next_attempt_at : null, r.last_error, r.validation_error))];
    }

    private sealed record Row(long id, string tip_id, long revision, string sink, long attempts, string created_at, string next_attempt_at,
        string? delivered_at, string? dead_lettered_at, string? last_error, string? validation_error);

    /// <summary>Re-queues an undelivered entry (or every one) for an attempt now, dead-lettered ones included.</summary>
    public async Task<int> RetryAsync(long? id, DateTimeOffset now, CancellationToken ct = default)
    {
        await using var db = await database.OpenAsync(ct);
        return await db.ExecuteAsync(
            $"UPDATE outbox SET dead_lettered_at = NULL, next_attempt_at = @now, window_started_at = CASE WHEN dead_lettered_at IS NOT NULL THEN @now ELSE window_started_at END WHERE {Undelivered} AND (@id IS NULL OR id = @id)",
            new { id, now = DbTime.Of(now) });
    }
}
