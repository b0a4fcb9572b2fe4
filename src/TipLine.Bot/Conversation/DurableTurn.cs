using Microsoft.Extensions.Logging;
using TipLine.Bot.Storage;

namespace TipLine.Bot.Conversation;

/// <summary>
/// Runs a turn in one unit of work: the tip, its outbox revision, the conversation state and the channel's
/// ledger commit together or not at all. A process killed mid-turn leaves the message pending in the ledger
/// and nothing half-written, so running it again can neither lose nor repeat anything. A turn that raced
/// another writer (ETag or tip version) is rolled back and run again on fresh state.
/// </summary>
public sealed class DurableTurn(Database database, ILogger<DurableTurn> logger)
{
    private const int MaxAttempts = 3;

    public async Task<T> RunAsync<T>(Func<Task<T>> turn, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var unit = database.BeginUnitOfWork();
            try
            {
                var result = await turn();
                await unit.CommitAsync(ct);
                return result;
            }
            catch (Exception e) when (e is TipConcurrencyException or StorageConcurrencyException && attempt < MaxAttempts)
            {
                logger.LogInformation("A turn raced another writer and is run again ({Attempt})", attempt);
            }
        }
    }
}
