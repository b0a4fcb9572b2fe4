using TipLine.Bot.Storage;
using TipLine.Core.Tips;

namespace TipLine.Bot.Conversation;

/// <summary>Saves a tip and, when it is time to send it, builds its next revision for the outbox in the same step.</summary>
public sealed class TipSubmitter(TipStore store, TipRecordBuilder builder, TimeProvider clock)
{
    /// <param name="submitBecause">A <see cref="SubmitReason"/> to queue the next revision now; null to only save.</param>
    /// <param name="keepStatus">Save without changing whether the tip has unsent changes (translations only).</param>
    public Task<TipRow> SaveAsync(TipRow row, TipDraft draft, DateTimeOffset lastActivity, string? submitBecause, DateTimeOffset? idleDue, CancellationToken ct, bool keepStatus = false)
    {
        var record = submitBecause is null
            ? null
            : builder.Build(draft, row.TipId, row.Revision + 1, row.Reference, clock.GetUtcNow(), submitBecause);
        if (record is not null) draft.LastRecordTranslation = record.Narrative.TranslationStatus;
        return store.SaveAsync(row, draft, lastActivity, record, idleDue, ct, keepStatus ? row.Status : null);
    }
}
