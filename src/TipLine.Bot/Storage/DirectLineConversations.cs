using TipLine.Bot.Privacy;

namespace TipLine.Bot.Storage;

/// <summary>One activity of a Direct Line conversation: its place in the conversation (the watermark) and its JSON.</summary>
public sealed record StoredActivity(long Seq, string Json);

/// <summary>
/// Direct Line conversations and their activities, both ways, in order: what clients read with a watermark
/// and what the WebSocket stream replays. Activities are encrypted (they hold what the visitor wrote and the
/// visitor's user id); an ended conversation keeps no activities at all.
/// </summary>
public sealed class DirectLineConversations(Database database, FieldProtector protector)
{
    private const string Purpose = "directline activity";

    public async Task CreateAsync(string conversationId, DateTimeOffset at, CancellationToken ct = default)
    {
        await using var db = await database.OpenAsync(ct);
        await db.ExecuteAsync("INSERT INTO directline_conversations (conversation_id, created_at, last_seq) VALUES (@conversationId, @at, 0)",
            new { conversationId, at = DbTime.Of(at) });
    }

    /// <summary>True while the conversation exists and has not ended.</summary>
    public async Task<bool> IsOpenAsync(string conversationId, CancellationToken ct = default)
    {
        await using var db = await database.OpenAsync(ct);
        return await db.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM directline_conversations WHERE conversation_id = @conversationId AND ended_at IS NULL", new { conversationId }) == 1;
    }

    /// <summary>Appends an activity; <paramref name="json"/> is given its sequence number (activity ids carry it). Null when the conversation is closed.</summary>
    public async Task<long?> AppendAsync(string conversationId, DateTimeOffset at, Func<long, string> json, CancellationToken ct = default)
    {
        await using var db = await database.OpenAsync(ct);
        return await db.AtomicallyAsync<long?>(async () =>
        {
            var seq = await db.ExecuteReturningAsync<long?>(
                "UPDATE directline_conversations SET last_seq = last_seq + 1 WHERE conversation_id = @conversationId AND ended_at IS NULL RETURNING last_seq",
                new { conversationId });
            if (seq is not { } s) return null;
            await db.ExecuteAsync("INSERT INTO directline_activities (conversation_id, seq, at, activity) VALUES (@conversationId, @s, @at, @activity)",
                new { conversationId, s, at = DbTime.Of(at), activity = protector.Protect(json(s), Purpose) });
            return s;
        });
    }

    public async Task<IReadOnlyList<StoredActivity>> AfterAsync(string conversationId, long watermark, CancellationToken ct = default)
    {
        await using var db = await database.OpenAsync(ct);
        var rows = await db.QueryAsync<(long Seq, string Activity)>(
            "SELECT seq, activity FROM directline_activities WHERE conversation_id = @conversationId AND seq > @watermark ORDER BY seq",
            new { conversationId, watermark });
        return [.. rows.Select(r => new StoredActivity(r.Seq, protector.Unprotect(r.Activity, Purpose)))];
    }

    /// <summary>The sequence number of the latest activity (0 for none): a cheap check for news.</summary>
    public async Task<long> LastSeqAsync(string conversationId, CancellationToken ct = default)
    {
        await using var db = await database.OpenAsync(ct);
        return await db.ExecuteScalarAsync<long?>("SELECT last_seq FROM directline_conversations WHERE conversation_id = @conversationId", new { conversationId }) ?? 0;
    }

    /// <summary>Ends the conversation and wipes its activities: the visitor left (Exit) or ended it.</summary>
    public async Task EndAsync(string conversationId, DateTimeOffset at, CancellationToken ct = default)
    {
        await using var db = await database.OpenAsync(ct);
        await db.AtomicallyAsync(async () =>
        {
            await db.ExecuteAsync("UPDATE directline_conversations SET ended_at = @at WHERE conversation_id = @conversationId AND ended_at IS NULL",
                new { conversationId, at = DbTime.Of(at) });
            await db.ExecuteAsync("DELETE FROM directline_activities WHERE conversation_id = @conversationId", new { conversationId });
            return 0;
        });
    }
}
