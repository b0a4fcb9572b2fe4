using Dapper;
using TipLine.Bot.Privacy;

namespace TipLine.Bot.Storage;

public enum ClaimOutcome { Claimed, AlreadyPending, AlreadyDone }

public sealed record ClaimResult(ClaimOutcome Outcome, string? Reply);

/// <summary>A message taken for a turn: its ledger sequence and what the channel stored of it.</summary>
public sealed record PendingMessage(long Seq, string MessageId, DateTimeOffset ReceivedAt, string Payload);

/// <summary>
/// Every inbound message, recorded before its turn runs. The unique (channel, message id) makes a retried
/// webhook a no-op (an atomic claim, not check-then-insert); a pending row is the durable copy of the text
/// until a turn has taken it, so a crash mid-turn loses nothing.
/// </summary>
public sealed class InboundLedger(Database database, FieldProtector protector)
{
    private const string MessagePurpose = "inbound message";
    private const string ReplyPurpose = "inbound reply";

    public async Task<ClaimResult> ClaimAsync(string channel, string messageId, string conversationKey, DateTimeOffset receivedAt, string payload, CancellationToken ct = default)
    {
        await using var db = await database.OpenAsync(ct);
        var inserted = await db.ExecuteAsync(
            """
            INSERT INTO inbound_messages (channel, message_id, conversation_key, received_at, status, payload)
            VALUES (@channel, @messageId, @conversationKey, @at, 'pending', @payload)
            ON CONFLICT (channel, message_id) DO NOTHING
            """,
            new { channel, messageId, conversationKey, at = DbTime.Of(receivedAt), payload = protector.Protect(payload, MessagePurpose) });
        if (inserted == 1) return new ClaimResult(ClaimOutcome.Claimed, null);

        var existing = await db.QuerySingleAsync<(string Status, string? Reply)>(
            "SELECT status, reply FROM inbound_messages WHERE channel = @channel AND message_id = @messageId", new { channel, messageId });
        return existing.Status == "done"
            ? new ClaimResult(ClaimOutcome.AlreadyDone, existing.Reply is null ? null : protector.Unprotect(existing.Reply, ReplyPurpose))
            : new ClaimResult(ClaimOutcome.AlreadyPending, null);
    }

    /// <summary>All messages of a conversation not yet taken by a turn, in arrival order.</summary>
    public async Task<IReadOnlyList<PendingMessage>> PendingAsync(string channel, string conversationKey, CancellationToken ct = default)
    {
        await using var db = await database.OpenAsync(ct);
        var rows = await db.QueryAsync<(long Seq, string MessageId, string ReceivedAt, string Payload)>(
            "SELECT seq, message_id, received_at, payload FROM inbound_messages WHERE channel = @channel AND conversation_key = @conversationKey AND status = 'pending' ORDER BY seq",
            new { channel, conversationKey });
        return [.. rows.Select(r => new PendingMessage(r.Seq, r.MessageId, DbTime.Parse(r.ReceivedAt), protector.Unprotect(r.Payload, MessagePurpose)))];
    }

    /// <summary>Conversations with messages left pending (by a crash): processed again at start.</summary>
    public async Task<IReadOnlyList<string>> ConversationsWithPendingAsync(string channel, DateTimeOffset? receivedBefore = null, CancellationToken ct = default)
    {
        await using var db = await database.OpenAsync(ct);
        return [.. await db.QueryAsync<string>(
            "SELECT DISTINCT conversation_key FROM inbound_messages WHERE channel = @channel AND status = 'pending' AND received_at <= @before",
            new { channel, before = DbTime.Of(receivedBefore ?? DateTimeOffset.MaxValue) })];
    }

    /// <summary>Marks messages as handled by a turn, dropping their text (the tip holds it now) and keeping the reply for retries.</summary>
    public async Task CompleteAsync(IReadOnlyList<long> seqs, string reply, CancellationToken ct = default)
    {
        await using var db = await database.OpenAsync(ct);
        await db.ExecuteAsync("UPDATE inbound_messages SET status = 'done', payload = NULL, reply = @reply WHERE seq IN @seqs",
            new { seqs, reply = protector.Protect(reply, ReplyPurpose) });
    }
}
