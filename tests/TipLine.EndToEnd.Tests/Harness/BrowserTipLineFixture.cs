using Microsoft.Playwright;

namespace TipLine.EndToEnd.Tests.Harness;

/// <summary>A running server and Debian's chromium under Playwright, shared by the browser tests of a class.</summary>
public abstract class BrowserTipLineFixture : TipLineFixture
{
    public IPlaywright Playwright { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        (Playwright, Browser) = await Chromium.LaunchAsync();
    }

    public override async Task DisposeAsync()
    {
        // Either may be missing when start-up failed; the server still goes.
        if (Browser is not null) await Browser.DisposeAsync();
        Playwright?.Dispose();
        await base.DisposeAsync();
    }
}
