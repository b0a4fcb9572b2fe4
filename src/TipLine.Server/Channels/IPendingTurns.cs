namespace TipLine.Server.Channels;

/// <summary>A channel whose inbound messages wait in the ledger until a turn has taken them.</summary>
public interface IPendingTurns
{
    /// <summary>The ledger's channel name.</summary>
    string Channel { get; }

    /// <summary>Runs the turns for every message of the conversation still pending, in arrival order.</summary>
    Task ProcessPendingAsync(string conversationKey, CancellationToken ct);
}
