using System.Text.Json;
using TipLine.Bot.Privacy;
using TipLine.Core.Tips;

namespace TipLine.Bot.Storage;

/// <summary>What a purge removes: tips (with their delivered records and media), old conversation states and ledger rows.</summary>
public sealed record PurgePlan(
    DateTimeOffset Cutoff,
    IReadOnlyList<(string TipId, string Reference)> Tips,
    int KeptUndelivered,
    int ConversationStates,
    int InboundMessages,
    int WebChats,
    IReadOnlyList<string> Media);

/// <summary>
/// Removes what is older than <c>TipLine:RetentionDays</c>: conversations, tips and their records, stored media.
/// A tip with a record not yet delivered is kept (never lose a tip); the audit trail stays (it holds no words).
/// </summary>
public sealed class Retention(Database database, FieldProtector protector)
{
    public async Task<PurgePlan> PlanAsync(DateTimeOffset cutoff, CancellationToken ct = default)
    {
        await using var db = await database.OpenAsync(ct);
        var at = DbTime.Of(cutoff);
        var old = (await db.QueryAsync<(string TipId, string Reference, string Draft, long Undelivered)>(
            """
            SELECT t.tip_id, t.reference, t.draft,
                   (SELECT COUNT(*) FROM outbox o WHERE o.tip_id = t.tip_id AND o.delivered_at IS NULL)
            FROM tips t WHERE t.last_activity_at < @at
            """, new { at })).ToList();
        var purge = old.Where(t => t.Undelivered == 0).ToList();

        var media = new HashSet<string>();
        var keptMedia = new HashSet<string>();
        foreach (var t in old) (purge.Contains(t) ? media : keptMedia).UnionWith(MediaOf(t.Draft));
        var recent = await db.QueryAsync<string>("SELECT draft FROM tips WHERE last_activity_at >= @at", new { at });
        foreach (var draft in recent) keptMedia.UnionWith(MediaOf(draft));
        media.ExceptWith(keptMedia);

        var states = await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM bot_state WHERE updated_at < @at", new { at });
        var inbound = await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM inbound_messages WHERE received_at < @at AND status = 'done'", new { at });
        var chats = await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM directline_conversations WHERE created_at < @at", new { at });
        return new PurgePlan(cutoff, [.. purge.Select(t => (t.TipId, t.Reference))], old.Count - purge.Count, (int)states, (int)inbound, (int)chats,
            [.. await db.QueryAsync<string>("SELECT sha256 FROM media WHERE sha256 IN @shas", new { shas = media.ToArray() })]);
    }

    public async Task PurgeAsync(PurgePlan plan, CancellationToken ct = default)
    {
        await using var db = await database.OpenAsync(ct);
        var at = DbTime.Of(plan.Cutoff);
        var tipIds = plan.Tips.Select(t => t.TipId).ToArray();
        var shas = plan.Media.ToArray();
        await db.AtomicallyAsync(async () =>
        {
            await db.ExecuteAsync("DELETE FROM escalations WHERE tip_id IN @tipIds", new { tipIds });
            await db.ExecuteAsync("DELETE FROM casework WHERE tip_id IN @tipIds", new { tipIds });
            await db.ExecuteAsync("DELETE FROM tip_notes WHERE tip_id IN @tipIds", new { tipIds });
            await db.ExecuteAsync("DELETE FROM outbox WHERE tip_id IN @tipIds", new { tipIds });
            await db.ExecuteAsync("DELETE FROM tips WHERE tip_id IN @tipIds", new { tipIds });
            await db.ExecuteAsync("DELETE FROM media WHERE sha256 IN @shas", new { shas });
            await db.ExecuteAsync("DELETE FROM bot_state WHERE updated_at < @at", new { at });
            await db.ExecuteAsync("DELETE FROM inbound_messages WHERE received_at < @at AND status = 'done'", new { at });
            await db.ExecuteAsync("DELETE FROM directline_conversations WHERE created_at < @at", new { at });
            return true;
        });
    }

    private IEnumerable<string> MediaOf(string storedDraft)
    {
        var draft = JsonSerializer.Deserialize<TipDraft>(protector.Unprotect(storedDraft, TipStore.DraftPurpose), new JsonSerializerOptions(JsonSerializerDefaults.Web));
        return draft?.Attachments.Select(a => a.Sha256) ?? [];
    }
}
