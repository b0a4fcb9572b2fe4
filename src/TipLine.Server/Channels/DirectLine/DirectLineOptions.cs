namespace TipLine.Server.Channels.DirectLine;

/// <summary>The <c>DirectLine</c> section: the self-hosted Direct Line 3.0 service (shared/spec/interfaces.md).</summary>
public sealed class DirectLineOptions
{
    public const string Section = "DirectLine";

    /// <summary>The secret trusted token issuers present to <c>tokens/generate</c>; generated locally when unset.</summary>
    public string? Secret { get; set; }

    /// <summary>How long a conversation token lives (Direct Line's own is an hour; clients refresh it every 15 minutes).</summary>
    public int TokenLifetimeSeconds { get; set; } = 3600;

    /// <summary>An idle WebSocket gets an empty message this often, so proxies and browsers keep it open.</summary>
    public double KeepAliveSeconds { get; set; } = 20;

    /// <summary>The longest message text accepted (a tip is rarely more than a few hundred characters).</summary>
    public int MaxTextLength { get; set; } = 10_000;
}
