using System.Collections.Concurrent;
using System.Threading.Channels;

namespace TipLine.Server.Channels.DirectLine;

/// <summary>
/// Tells the open WebSocket streams of a conversation that there is news: stored activities past their
/// watermark (they read those from the database) or a transient one such as a typing indicator (pushed as is).
/// In process only; a stream also checks the database now and then, for activities written by another instance.
/// </summary>
public sealed class DirectLineStreams
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<Channel<string?>, byte>> _listeners = new();

    /// <summary>Subscribes; each item is null for "read the store", or the JSON of a transient activity set.</summary>
    public Subscription Subscribe(string conversationId)
    {
        var channel = Channel.CreateBounded<string?>(new BoundedChannelOptions(64) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
        _listeners.GetOrAdd(conversationId, _ => new()).TryAdd(channel, 0);
        return new Subscription(channel.Reader, () =>
        {
            if (_listeners.TryGetValue(conversationId, out var set))
            {
                set.TryRemove(channel, out _);
                if (set.IsEmpty) _listeners.TryRemove(KeyValuePair.Create(conversationId, set));
            }
        });
    }

    public void NotifyStored(string conversationId) => Push(conversationId, null);

    public void PushTransient(string conversationId, string activitySetJson) => Push(conversationId, activitySetJson);

    /// <summary>Ends every stream of the conversation (it ended).</summary>
    public void Close(string conversationId)
    {
        if (!_listeners.TryRemove(conversationId, out var set)) return;
        foreach (var channel in set.Keys) channel.Writer.TryComplete();
    }

    private void Push(string conversationId, string? item)
    {
        if (!_listeners.TryGetValue(conversationId, out var set)) return;
        foreach (var channel in set.Keys) channel.Writer.TryWrite(item);
    }

    public sealed class Subscription(ChannelReader<string?> reader, Action unsubscribe) : IDisposable
    {
        public ChannelReader<string?> Reader { get; } = reader;

        public void Dispose() => unsubscribe();
    }
}
