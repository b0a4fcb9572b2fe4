namespace TipLine.Server.Channels.WebChat;

/// <summary>The <c>WebChat</c> section: how the discreet page looks to someone glancing at the screen, and where Exit goes.</summary>
public sealed class WebChatOptions
{
    public const string Section = "WebChat";

    /// <summary>The page title: neutral, so a browser tab or history entry does not say what the page is.</summary>
    public string PageTitle { get; set; } = "Notes";

    /// <summary>Where Exit (or Escape) takes the visitor, replacing this page in the history.</summary>
    public string ExitUrl { get; set; } = "https://www.google.com/search?q=weather";

    /// <summary>An icon file served as /favicon.ico (e.g. one that looks like an ordinary site's); none by default.</summary>
    public string? FaviconPath { get; set; }
}
