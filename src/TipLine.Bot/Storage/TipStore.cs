using System.Text.Json;
using Dapper;
using TipLine.Bot.Privacy;
using TipLine.Core.Tips;

namespace TipLine.Bot.Storage;

/// <summary>A tip as stored: its draft, how many revisions were queued, and when it falls due for idle submission.</summary>
public sealed record TipRow(
    string TipId,
    string Reference,
    string ConversationKey,
    string Channel,
    string Status,
    int Revision,
    long Version,
    TipDraft Draft,
    DateTimeOffset CreatedAt,
    DateTimeOffset LastActivityAt,
    DateTimeOffset? IdleDueAt)
{
    public const string Open = "open";
    public const string Submitted = "submitted";
}

/// <summary>
/// Tips and their outbox. A revision for case intake is queued in the same transaction that changes the tip
/// (a transactional outbox), so a crash can lose neither the change nor the delivery.
/// </summary>
public sealed class TipStore(Database database, WakeSignal<Outbox> signal, IReadOnlyList<string> sinks, FieldProtector protector)
{
    private static readonly JsonSerializerOptions DraftJson = new(JsonSerializerDefaults.Web);
    public const string DraftPurpose = "tip draft";
    public const string RecordPurpose = "outbox record";

    public async Task<TipRow> CreateAsync(string conversationKey, string channel, TipDraft draft, DateTimeOffset now, CancellationToken ct = default)
    {
        await using var db = await database.OpenAsync(ct);
        for (var attempt = 0; ; attempt++)
        {
            var row = new TipRow(Guid.CreateVersion7(now).ToString(), ReferenceCode.New(attempt < 20 ? 4 : 6), conversationKey, channel,
                TipRow.Open, 0, 1, draft, now, now, null);
            // A reference code already taken inserts nothing: draw another. (Not a caught error: on PostgreSQL an
            // error ends the turn's transaction.)
            var inserted = await db.ExecuteAsync(
                """
                INSERT INTO tips (tip_id, reference, conversation_key, channel, status, revision, version, draft, created_at, last_activity_at, idle_due_at)
                VALUES (@TipId, @Reference, @ConversationKey, @Channel, @Status, 0, 1, @draft, @created, @created, NULL)
                ON CONFLICT (reference) DO NOTHING
                """,
                new { row.TipId, row.Reference, row.ConversationKey, row.Channel, row.Status, draft = Serialize(draft), created = DbTime.Of(now) });
            if (inserted == 1) return row;
        }
    }

    public async Task<TipRow?> FindAsync(string tipId, CancellationToken ct = default)
    {
        await using var db = await database.OpenAsync(ct);
        var raw = await db.QuerySingleOrDefaultAsync<RawTip>("SELECT * FROM tips WHERE tip_id = @tipId", new { tipId });
        return raw?.ToRow(protector);
    }

    /// <summary>The most recently active tips, newest first.</summary>
    public async Task<IReadOnlyList<TipRow>> RecentAsync(int limit, CancellationToken ct = default)
    {
        await using var db = await database.OpenAsync(ct);
        var raws = await db.QueryAsync<RawTip>("SELECT * FROM tips ORDER BY last_activity_at DESC LIMIT @limit", new { limit });
        return [.. raws.Select(r => r.ToRow(protector))];
    }

    public async Task<TipRow?> FindByReferenceAsync(string reference, CancellationToken ct = default)
    {
        await using var db = await database.OpenAsync(ct);
        var raw = await db.QuerySingleOrDefaultAsync<RawTip>("SELECT * FROM tips WHERE reference = @reference", new { reference });
        return raw?.ToRow(protector);
    }

    /// <summary>
    /// Saves the tip's draft and, when <paramref name="submission"/> is given, queues it as the next revision,
    /// all in one transaction. Fails with <see cref="TipConcurrencyException"/> if the tip changed since it was read.
    /// </summary>
    public async Task<TipRow> SaveAsync(TipRow row, TipDraft draft, DateTimeOffset lastActivity, TipRecord? submission, DateTimeOffset? idleDueAt, CancellationToken ct = default, string? status = null)
    {
        status ??= submission is null ? TipRow.Open : TipRow.Submitted;
        var revision = submission?.Revision ?? row.Revision;
        if (submission is not null && submission.Revision != row.Revision + 1) throw new ArgumentException("A submission must be the next revision.", nameof(submission));

        await using var db = await database.OpenAsync(ct);
        await db.AtomicallyAsync(async () =>
        {
            var changed = await db.ExecuteAsync(
                """
                UPDATE tips SET draft = @draft, status = @status, revision = @revision, version = version + 1,
                                last_activity_at = @last, idle_due_at = @due, translation_pending = @pending
                WHERE tip_id = @TipId AND version = @Version
                """,
                new
                {
                    draft = Serialize(draft), status, revision, last = DbTime.Of(lastActivity),
                    due = submission is null && status == TipRow.Open && idleDueAt is { } d ? DbTime.Of(d) : null, row.TipId, row.Version,
                    pending = draft.Untranslated().Any() || (status == TipRow.Submitted && draft.LastRecordTranslation == "pending") ? 1 : 0,
                });
            if (changed == 0) throw new TipConcurrencyException(row.TipId);

            if (submission is not null)
            {
                var json = submission.ToJson();
                var problems = TipRecordSchema.Validate(json);
                var payload = protector.Protect(json, RecordPurpose);
                // A record that fails its schema is a bug, but it is still queued, with the error attached: nothing is dropped.
                foreach (var sink in sinks)
                {
                    await db.ExecuteAsync(
                        """
                        INSERT INTO outbox (tip_id, revision, sink, payload, validation_error, created_at, window_started_at, next_attempt_at)
                        VALUES (@TipId, @Revision, @sink, @payload, @error, @now, @now, @now)
                        """,
                        new { submission.TipId, submission.Revision, sink, payload, error = problems.Count == 0 ? null : string.Join("; ", problems), now = DbTime.Of(submission.SubmittedAt) });
                }
            }
            return true;
        });
        if (submission is not null) database.AfterCommit(signal.Notify);
        return row with { Draft = draft, Status = status, Revision = revision, Version = row.Version + 1, LastActivityAt = lastActivity, IdleDueAt = submission is null ? idleDueAt : null };
    }

    /// <summary>Tips whose conversation has been silent past their idle deadline, with changes not yet sent.</summary>
    public async Task<IReadOnlyList<(string TipId, string ConversationKey)>> DueForIdleSubmitAsync(DateTimeOffset now, int limit, CancellationToken ct = default)
    {
        await using var db = await database.OpenAsync(ct);
        var rows = await db.QueryAsync<(string, string)>(
            "SELECT tip_id, conversation_key FROM tips WHERE status = 'open' AND idle_due_at IS NOT NULL AND idle_due_at <= @now ORDER BY idle_due_at LIMIT @limit",
            new { now = DbTime.Of(now), limit });
        return [.. rows];
    }

    /// <summary>Tips with texts still to translate, or whose last record went out before its English.</summary>
    public async Task<IReadOnlyList<(string TipId, string ConversationKey)>> PendingTranslationAsync(int limit, CancellationToken ct = default)
    {
        await using var db = await database.OpenAsync(ct);
        return [.. await db.QueryAsync<(string, string)>(
            "SELECT tip_id, conversation_key FROM tips WHERE translation_pending = 1 ORDER BY last_activity_at LIMIT @limit", new { limit })];
    }

    private string Serialize(TipDraft draft) => protector.Protect(JsonSerializer.Serialize(draft, DraftJson), DraftPurpose);

    private sealed record RawTip(string tip_id, string reference, string conversation_key, string channel, string status, long revision,
        long version, string draft, string created_at, string last_activity_at, string? idle_due_at, long translation_pending)
    {
        public TipRow ToRow(FieldProtector protector) => new(tip_id, reference, conversation_key, channel, status, (int)revision, version,
            JsonSerializer.Deserialize<TipDraft>(protector.Unprotect(draft, DraftPurpose), DraftJson)!, DbTime.Parse(created_at), DbTime.Parse(last_activity_at),
            idle_due_at is null ? null : DbTime.Parse(idle_due_at));
    }
}

public sealed class TipConcurrencyException(string tipId) : Exception($"Tip {tipId} was changed by another writer.");
