using TipLine.Bot.Storage;

namespace TipLine.Bot.Conversation;

/// <summary>
/// Lets one turn at a time run per conversation, in the order the turns arrived (first come, first served:
/// SemaphoreSlim does not promise FIFO, and people split one tip over several texts sent at once).
/// Other conversations are never held up. Turns queue in this process first, then, when several instances share
/// the database, on the database's lock of the conversation, so a tipster's texts landing on different
/// instances still run one at a time, in order.
/// </summary>
public sealed class ConversationGate(Database database)
{
    private readonly Dictionary<string, (Task Tail, int Waiters)> _queues = [];

    /// <summary>The gate of a conversation on a channel (SMS conversations are keyed by the sender's hash alone).</summary>
    public static string KeyOf(string channel, string conversationKey) => channel == "sms" ? conversationKey : channel + "/" + conversationKey;

    public async Task<IAsyncDisposable> EnterAsync(string conversationKey, CancellationToken ct = default)
    {
        var mine = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Task previous;
        lock (_queues)
        {
            previous = _queues.TryGetValue(conversationKey, out var queue) ? queue.Tail : Task.CompletedTask;
            _queues[conversationKey] = (mine.Task, (queue.Waiters) + 1);
        }

        try
        {
            await previous.WaitAsync(ct);
        }
        catch
        {
            // Keep the chain intact for those behind us: pass the turn on once the previous holder is done.
            _ = previous.ContinueWith(_ => Release(conversationKey, mine), TaskScheduler.Default);
            throw;
        }

        IAsyncDisposable shared;
        try
        {
            shared = await database.LockAsync("conversation " + conversationKey, ct);
        }
        catch
        {
            Release(conversationKey, mine);
            throw;
        }
        return new Releaser(shared, () => Release(conversationKey, mine));
    }

    private void Release(string conversationKey, TaskCompletionSource mine)
    {
        lock (_queues)
        {
            var queue = _queues[conversationKey];
            if (queue.Waiters == 1) _queues.Remove(conversationKey);
            else _queues[conversationKey] = (queue.Tail, queue.Waiters - 1);
        }
        mine.TrySetResult();
    }

    private sealed class Releaser(IAsyncDisposable shared, Action release) : IAsyncDisposable
    {
        private int _done;

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _done, 1) != 0) return;
            try
            {
                await shared.DisposeAsync();
            }
            finally
            {
                release();
            }
        }
    }
}
