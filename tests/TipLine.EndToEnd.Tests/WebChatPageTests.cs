using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Playwright;
using TipLine.EndToEnd.Tests.Harness;

namespace TipLine.EndToEnd.Tests;

/// <summary>The real server, a neutral "somewhere else" site for Exit to go to, and Debian's chromium under Playwright.</summary>
public sealed class BrowserFixture : BrowserTipLineFixture
{
    private WebApplication? _elsewhere;

    public Uri Elsewhere { get; private set; } = null!;

    protected override IDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["WebChat:ExitUrl"] = new Uri(Elsewhere, "/weather").ToString(),
    };

    public override async Task InitializeAsync()
    {
        var (app, url) = LocalHttpServer.Create();
        app.MapGet("/", () => Results.Content("<!doctype html><title>Start</title><p>An ordinary page", "text/html"));
        app.MapGet("/weather", () => Results.Content("<!doctype html><title>Weather</title><p>Sunny today", "text/html"));
        await app.StartAsync();
        (_elsewhere, Elsewhere) = (app, url);
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_elsewhere is not null) await _elsewhere.DisposeAsync();
    }
}

/// <summary>The discreet page in a real browser: it answers, keeps nothing, and Escape leaves for good.</summary>
public class WebChatPageTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    /// <summary>A fresh browser context (no shared state), recording every request the page makes and any CSP violation.</summary>
    private async Task<(IPage Page, ConcurrentQueue<string> Requests, ConcurrentQueue<string> Problems)> OpenAsync(string locale = "en-US")
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = locale });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        var requests = new ConcurrentQueue<string>();
        var problems = new ConcurrentQueue<string>();
        page.Request += (_, request) => requests.Enqueue(request.Url);
        page.Console += (_, message) =>
        {
            if (message.Type == "error") problems.Enqueue(message.Text);
        };
        page.PageError += (_, error) => problems.Enqueue(error);
        await page.GotoAsync(fixture.Elsewhere.ToString());
        await page.GotoAsync(fixture.Server.BaseUrl.ToString());
        return (page, requests, problems);
    }

    /// <summary>Waits until the transcript shows a message containing <paramref name="text"/>.</summary>
    private static Task ShownAsync(IPage page, string text) =>
        page.Locator(".webchat__text-content", new() { HasText = text }).First.WaitForAsync();

    /// <summary>
    /// The page was replaced by the neutral site. Polled (not a wait for a navigation event): leaving can be so quick
    /// that the navigation has committed before a waiter for it would start.
    /// </summary>
    private Task LeftAsync(IPage page) =>
        Assertions.Expect(page).ToHaveURLAsync(new Uri(fixture.Elsewhere, "/weather").ToString(), new() { Timeout = 20_000 });

    private static async Task SayAsync(IPage page, string text)
    {
        var box = page.Locator("[data-id='webchat-sendbox-input']");
        await box.FillAsync(text);
        await box.PressAsync("Enter");
    }

    [Fact]
    public async Task The_page_answers_keeps_nothing_in_the_browser_and_talks_only_to_its_own_server()
    {
        var (page, requests, problems) = await OpenAsync();
        await ShownAsync(page, "A person reads every message");
        Assert.Equal("Notes", await page.TitleAsync());

        await SayAsync(page, "browser-marker: there is a boy about 14 working every night at the car wash on 3rd");
        await ShownAsync(page, "Is this about");

        Assert.Equal("", await page.EvaluateAsync<string>("document.cookie"));
        Assert.Equal(0, await page.EvaluateAsync<int>("localStorage.length"));
        Assert.Equal(0, await page.EvaluateAsync<int>("sessionStorage.length"));
        Assert.Equal(0, await page.EvaluateAsync<int>("indexedDB.databases().then(d => d.length)"));
        Assert.Empty(await page.Context.CookiesAsync());

        var server = fixture.Server.BaseUrl.GetLeftPart(UriPartial.Authority);
        var elsewhere = fixture.Elsewhere.GetLeftPart(UriPartial.Authority);
        var foreign = requests.Where(u => !u.StartsWith(server, StringComparison.Ordinal) && !u.StartsWith("blob:" + server, StringComparison.Ordinal) && !u.StartsWith(elsewhere, StringComparison.Ordinal) && !u.StartsWith("data:", StringComparison.Ordinal)).ToList();
        Assert.True(foreign.Count == 0, "requests to other origins: " + string.Join(", ", foreign));
        Assert.DoesNotContain(problems, p => p.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Escape_leaves_at_once_Back_does_not_return_and_the_conversation_is_ended_on_the_server()
    {
        var (page, _, _) = await OpenAsync();
        await ShownAsync(page, "A person reads every message");
        await SayAsync(page, "escape-marker: the owner of the nail salon on Birch lane took the passports of the women who work there");
        await ShownAsync(page, "Is this about");

        // The visitor is typing when someone walks in.
        await page.Locator("[data-id='webchat-sendbox-input']").PressAsync("Escape");
        await LeftAsync(page);
        await page.GoBackAsync();
        Assert.Equal(fixture.Elsewhere.ToString(), page.Url);

        var record = await fixture.Intake.WaitForNarrativeAsync("escape-marker", Wait);
        Assert.Equal("stopped", record.GetProperty("submittedBecause").GetString());
        Assert.Equal("webchat", record.GetProperty("channel").GetString());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_Exit_button_and_Shift_pressed_three_times_leave_too()
    {
        var (page, _, _) = await OpenAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Exit" }).ClickAsync();
        await LeftAsync(page);

        // Capital letters while typing are not an exit: another key between Shift presses starts the count again.
        await page.GotoAsync(fixture.Server.BaseUrl.ToString());
        await ShownAsync(page, "A person reads every message");
        var box = page.Locator("[data-id='webchat-sendbox-input']");
        foreach (var key in new[] { "Shift+I", "Space", "Shift+S", "a", "w", "Space", "Shift+A" }) await box.PressAsync(key);
        await page.WaitForTimeoutAsync(300);
        Assert.Equal(fixture.Server.BaseUrl.ToString(), page.Url);
        Assert.Equal("I Saw A", await box.InputValueAsync());

        for (var i = 0; i < 3; i++) await page.Keyboard.PressAsync("Shift");
        await LeftAsync(page);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_Arabic_browser_gets_a_right_to_left_page_in_Arabic_and_can_switch_language()
    {
        var (page, _, _) = await OpenAsync("ar-EG");
        await ShownAsync(page, "مرحباً");
        Assert.Equal("rtl", await page.EvaluateAsync<string>("document.documentElement.dir"));
        Assert.Equal("ar", await page.EvaluateAsync<string>("document.documentElement.lang"));
        Assert.Equal("خروج", (await page.Locator("#exit").TextContentAsync())?.Trim());
        Assert.Equal("rtl", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('#chat [dir]') || document.body).direction"));

        await page.Locator("#language").SelectOptionAsync("es");
        await ShownAsync(page, "Está bien, seguimos en español");
        Assert.Equal("ltr", await page.EvaluateAsync<string>("document.documentElement.dir"));
        Assert.Equal("Salir", (await page.Locator("#exit").TextContentAsync())?.Trim());
        await page.Context.CloseAsync();
    }
}
