using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TipLine.EndToEnd.Tests.Harness;

namespace TipLine.EndToEnd.Tests;

/// <summary>A server with a console administrator, an on-call dispatcher, a (fake) translator, and chromium.</summary>
public sealed class ConsoleFixture : BrowserTipLineFixture
{
    public const string Admin = "admin";
    public const string AdminPassword = "correct-horse-battery";
    public const string OnCall = "+15550003001";

    protected override bool WithTranslator => true;

    protected override IDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["TipLine:BootstrapAdmin:User"] = Admin,
        ["TipLine:BootstrapAdmin:Password"] = AdminPassword,
        ["Dispatch:OnCall:0"] = OnCall,
        ["Dispatch:AckTimeoutSeconds"] = "600",
    };
}

/// <summary>The dispatcher console in a real browser: live queue, a tip in two languages, acknowledging, talking back.</summary>
public class ConsoleTests(ConsoleFixture fixture) : IClassFixture<ConsoleFixture>
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    private async Task<IPage> SignInAsync(string user = ConsoleFixture.Admin, string password = ConsoleFixture.AdminPassword)
    {
        var context = await fixture.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        await page.GotoAsync(new Uri(fixture.Server.BaseUrl, "/console").ToString());
        await page.GetByLabel("User").FillAsync(user);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        return page;
    }

    [Fact]
    public async Task A_dispatcher_sees_a_new_tip_arrive_live_opens_it_and_talks_back_to_the_anonymous_tipster()
    {
        var page = await SignInAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Tips" }).WaitForAsync();

        // A Spanish-speaking tipster texts while the queue is open.
        var tipster = fixture.NewTexter();
        await tipster.TextAsync("console-marker: hay una niña de 14 años encerrada en la casa de la calle Olmo y el hombre tiene un arma");
        var paged = await fixture.Twilio.WaitForMessageAsync(m => m.To == ConsoleFixture.OnCall && m.Body.Contains("P1", StringComparison.Ordinal), Wait);
        var reference = Regex.Match(paged.Body, "TL-[2-9A-Z]{4,8}").Value;

        // It appears without a reload, and opens with the English beside the Spanish.
        await page.GetByRole(AriaRole.Link, new() { Name = reference }).ClickAsync();
        await page.GetByText(FakeTranslator.English("console-marker: hay una niña")[..30]).WaitForAsync();
        await page.GetByText("console-marker: hay una niña", new() { Exact = false }).First.WaitForAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Acknowledge emergency" }).ClickAsync();
        await page.GetByText("Acknowledged: paging stopped.").WaitForAsync();

        await page.GetByLabel("Message to the tipster").FillAsync("Are you somewhere safe right now?");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send to tipster" }).ClickAsync();
        await page.GetByText("Sent to the tipster.").WaitForAsync();
        var delivered = await fixture.Twilio.WaitForMessageAsync(m => m.To == tipster.Number && m.Body.Contains("Are you somewhere safe", StringComparison.Ordinal), Wait);
        Assert.Equal(FakeTranslator.Into("es", "Are you somewhere safe right now?"), delivered.Body);

        // The tipster's answer shows up on the open page.
        await tipster.TextAsync("sí, estoy en la tienda de la esquina");
        await page.GetByText("sí, estoy en la tienda de la esquina").First.WaitForAsync();

        var html = await page.ContentAsync();
        Assert.DoesNotContain(tipster.Number, html);
        Assert.DoesNotContain(tipster.Number[2..], html);

        // STOP ends it: the dispatcher is told the tipster cannot be reached, and nothing is sent.
        await tipster.TextAsync("STOP");
        var sentBefore = fixture.Twilio.Sent.Count(m => m.To == tipster.Number);
        await page.GetByLabel("Message to the tipster").FillAsync("Hello again?");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send to tipster" }).ClickAsync();
        await page.GetByText("can no longer be reached").WaitForAsync();
        Assert.Equal(sentBefore, fixture.Twilio.Sent.Count(m => m.To == tipster.Number));

        await page.GotoAsync(new Uri(fixture.Server.BaseUrl, "/console/audit").ToString());
        var audit = await page.Locator("table.audit").InnerTextAsync();
        Assert.Contains("viewed", audit);
        Assert.Contains("replied to tipster", audit);
        Assert.Contains("acknowledged", audit);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_dispatcher_answers_a_web_chat_visitor_while_the_chat_is_open_and_not_after_it_ended()
    {
        var visitor = await fixture.NewVisitorAsync();
        await visitor.SayAsync("webreply-marker: the man at the car wash on Elm keeps the workers' passports in his office");
        await visitor.SayAsync("done");
        var reference = (await fixture.Intake.WaitForNarrativeAsync("webreply-marker", Wait)).GetProperty("reference").GetString()!;

        var page = await SignInAsync();
        await page.GotoAsync(new Uri(fixture.Server.BaseUrl, $"/console/tips/{reference}").ToString());
        await page.GetByLabel("Message to the tipster").FillAsync("Thank you. Do you know the owner's name?");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send to tipster" }).ClickAsync();
        await page.GetByText("Sent to the tipster.").WaitForAsync();
        var seen = await visitor.ReadAsync();
        Assert.Contains(seen, a => a.GetProperty("text").GetString() == "Thank you. Do you know the owner's name?");

        // Once the visitor has left, there is nobody to write to, and the dispatcher is told so.
        await visitor.ExitAsync();
        await page.GetByLabel("Message to the tipster").FillAsync("Are you still there?");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send to tipster" }).ClickAsync();
        await page.GetByText("The web chat has ended").WaitForAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Random_console_requests_signed_in_or_not_never_get_a_5xx()
    {
        var tipster = fixture.NewTexter();
        await tipster.TextAsync("fuzz-console-marker: a woman at the Lotus spa on 4th says she cannot leave and owes them money");
        await tipster.TextAsync("done");
        var reference = (await fixture.Intake.WaitForAsync(r => r.GetProperty("narrative").GetProperty("original").GetString()!.Contains("fuzz-console-marker", StringComparison.Ordinal), Wait)).GetProperty("reference").GetString();
        var page = await SignInAsync();
        await page.GotoAsync(new Uri(fixture.Server.BaseUrl, $"/console/tips/{reference}").ToString());
        var token = await page.Locator("input[name=__RequestVerificationToken]").First.GetAttributeAsync("value");

        var random = new Random(5);
        string[] handlers = ["Reply", "Urgency", "Assign", "State", "Note", "Acknowledge", "Nope", "", "Transcript"];
        string[] fields = ["message", "urgency", "reason", "assignee", "state", "note", "reference"];
        string Junk() => random.Next(4) switch
        {
            0 => new string('x', random.Next(0, 5000)),
            1 => "P" + random.Next(-2, 9),
            2 => string.Concat(Enumerable.Range(0, random.Next(1, 40)).Select(_ => (char)random.Next(1, 0x2FFF))),
            _ => "",
        };
        for (var i = 0; i < 80; i++)
        {
            var form = fields.Where(_ => random.Next(2) == 0).ToDictionary(f => f, _ => (object)Junk());
            if (random.Next(5) > 0) form["__RequestVerificationToken"] = token!;
            var target = random.Next(6) == 0 ? $"/console/tips/{Uri.EscapeDataString(Junk())}" : $"/console/tips/{reference}";
            var handler = handlers[random.Next(handlers.Length)];
            var response = random.Next(4) == 0
                ? await page.APIRequest.GetAsync(new Uri(fixture.Server.BaseUrl, $"{target}?handler={handler}").ToString())
                : await page.APIRequest.PostAsync(new Uri(fixture.Server.BaseUrl, $"{target}?handler={handler}").ToString(), new() { Form = FormOf(page, form) });
            Assert.True(response.Status < 500, $"{handler} on {target} got {response.Status}: {fixture.Server.Output[^Math.Min(3000, fixture.Server.Output.Length)..]}");
        }
        using var anonymous = await fixture.Http.PostAsync(new Uri(fixture.Server.BaseUrl, $"/console/tips/{reference}?handler=State"),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["state"] = "closed" }));
        Assert.True((int)anonymous.StatusCode < 500);
        Assert.False(fixture.Server.HasExited);
        await page.Context.CloseAsync();
    }

    private static IFormData FormOf(IPage page, Dictionary<string, object> values)
    {
        var form = page.APIRequest.CreateFormData();
        foreach (var (key, value) in values) form.Set(key, (string)value);
        return form;
    }

    [Fact]
    public async Task Wrong_passwords_lock_the_account_and_forms_need_their_anti_forgery_token()
    {
        var name = "lockme" + Guid.NewGuid().ToString("N")[..6];
        var (exit, _, err) = await Tipline.RunAsync("a-long-enough-password\n", "users", "add", name, "--data", fixture.Server.DataDirectory);
        Assert.True(exit == 0, err);

        for (var i = 0; i < 4; i++)
        {
            var attempt = await SignInAsync(name, "not-the-password");
            await attempt.GetByText("Wrong user name or password.").WaitForAsync();
            await attempt.Context.CloseAsync();
        }
        var fifth = await SignInAsync(name, "not-the-password");
        await fifth.GetByText("This account is locked").WaitForAsync();
        await fifth.Context.CloseAsync();

        // Locked means locked: the right password does not open it either.
        var page = await SignInAsync(name, "a-long-enough-password");
        await page.GetByText("This account is locked").WaitForAsync();
        await page.Context.CloseAsync();

        using var forged = await fixture.Http.PostAsync(new Uri(fixture.Server.BaseUrl, "/console/login"),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["UserName"] = ConsoleFixture.Admin, ["Password"] = ConsoleFixture.AdminPassword }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }

    [Fact]
    public async Task A_dispatcher_works_tips_but_cannot_open_the_audit_and_a_disabled_account_cannot_sign_in()
    {
        var name = "disp" + Guid.NewGuid().ToString("N")[..6];
        Assert.Equal(0, (await Tipline.RunAsync(null, "users", "add", name, "--password", "dispatcher-password-1", "--data", fixture.Server.DataDirectory)).Exit);

        var page = await SignInAsync(name, "dispatcher-password-1");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Tips" }).WaitForAsync();
        Assert.Equal(0, await page.GetByRole(AriaRole.Link, new() { Name = "Audit" }).CountAsync());
        await page.GotoAsync(new Uri(fixture.Server.BaseUrl, "/console/audit").ToString());
        Assert.Equal(0, await page.Locator("table.audit").CountAsync());
        await page.Context.CloseAsync();

        Assert.Equal(0, (await Tipline.RunAsync(null, "users", "disable", name, "--data", fixture.Server.DataDirectory)).Exit);
        page = await SignInAsync(name, "dispatcher-password-1");
        await page.GetByText("This account is locked").WaitForAsync();
        await page.Context.CloseAsync();
    }
}
