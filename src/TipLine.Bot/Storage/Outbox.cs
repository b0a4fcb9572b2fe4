using Dapper;

namespace TipLine.Bot.Storage;

/// <summary>One revision of a record waiting for, or done with, delivery to case intake.</summary>
public sealed record OutboxEntry(long Id, string TipId, long Revision, string Payload, long Attempts, string? ValidationError);

/// <summary>Wakes the delivery worker as soon as a record is queued, instead of waiting for its next poll.</summary>
public sealed class OutboxSignal
{
    private readonly SemaphoreSlim _signal = new(0);

    public void Notify()
    {
        if (_signal.CurrentCount == 0) _signal.Release();
    }

    public Task WaitAsync(TimeSpan timeout, CancellationToken ct) => _signal.WaitAsync(timeout, ct);
}

/// <summary>The outbox table: what is due, and what happened to each attempt.</summary>
public sealed class Outbox(SqliteDatabase database)
{
    /// <summary>
    /// The next due entry of each tip, oldest first: a later revision never overtakes an earlier one of
    /// the same tip, so intake sees each tip's revisions in order.
    /// </summary>
    public async Task<IReadOnlyList<OutboxEntry>> DueAsync(DateTimeOffset now, int limit, CancellationToken ct = default)
    {
        await using var db = await database.OpenAsync(ct);
        var rows = await db.QueryAsync<OutboxEntry>(
            """
            SELECT o.id AS Id, o.tip_id AS TipId, o.revision AS Revision, o.payload AS Payload, o.attempts AS Attempts, o.validation_error AS ValidationError
            FROM outbox o
            WHERE o.delivered_at IS NULL AND o.next_attempt_at <= @now
              AND o.revision = (SELECT MIN(revision) FROM outbox p WHERE p.tip_id = o.tip_id AND p.delivered_at IS NULL)
            ORDER BY o.id LIMIT @limit
            """,
            new { now = DbTime.Of(now), limit });
        return [.. rows];
    }

    public async Task MarkDeliveredAsync(long id, DateTimeOffset now, CancellationToken ct = default)
    {
        await using var db = await database.OpenAsync(ct);
        await db.ExecuteAsync("UPDATE outbox SET delivered_at = @now, attempts = attempts + 1, last_error = NULL WHERE id = @id", new { id, now = DbTime.Of(now) });
    }

    public async Task MarkFailedAsync(long id, string error, DateTimeOffset nextAttempt, CancellationToken ct = default)
    {
        await using var db = await database.OpenAsync(ct);
        await db.ExecuteAsync("UPDATE outbox SET attempts = attempts + 1, last_error = @error, next_attempt_at = @next WHERE id = @id",
            new { id, error, next = DbTime.Of(nextAttempt) });
    }
}
