using System.Text.RegularExpressions;
using TipLine.EndToEnd.Tests.Harness;

namespace TipLine.EndToEnd.Tests;

public sealed class PagingFixture : TipLineFixture
{
    public const string First = "+15550001001";
    public const string Second = "+15550001002";

    protected override IDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Dispatch:OnCall:0"] = First,
        ["Dispatch:OnCall:1"] = Second,
        ["Dispatch:AckTimeoutSeconds"] = "3",
        // The window counts from when a text arrived; right after the restart test a cold turn can take seconds of it.
        ["Dispatch:P2BatchSeconds"] = "10",
    };
}

/// <summary>Emergencies page a human within seconds and keep paging until one answers.</summary>
public class PagingTests(PagingFixture fixture) : IClassFixture<PagingFixture>
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    private async Task<(Texter Tipster, string Reference, string Words)> EmergencyAsync(string marker)
    {
        var t = fixture.NewTexter();
        var words = $"{marker}: the manager at the Willow spa has a gun and is beating one of the women right now";
        Assert.Contains("911", await t.TextAsync(words));
        var end = await t.TextAsync("done");
        return (t, Regex.Match(end, "TL-[2-9A-Z]{4}").Value, words);
    }

    private Task<FakeTwilio.SentMessage> PageAsync(string to, string reference, string containing) =>
        fixture.Twilio.WaitForMessageAsync(m => m.To == to && m.Body.Contains(reference, StringComparison.Ordinal) && m.Body.Contains(containing, StringComparison.Ordinal), Wait);

    [Fact]
    public async Task A_P1_pages_on_call_re_pages_the_next_and_an_ACK_by_SMS_stops_it()
    {
        var (tipster, reference, words) = await EmergencyAsync("page-test");
        var page = await PageAsync(PagingFixture.First, reference, "P1");
        Assert.Equal(TipLineFixture.Hotline, page.From);
        Assert.Contains("weapon", page.Body);
        Assert.Contains($"ACK {reference}", page.Body);
        Assert.DoesNotContain(tipster.Number[2..], page.Body);
        Assert.DoesNotContain("Willow", page.Body); // a summary, not the tipster's words

        await PageAsync(PagingFixture.Second, reference, "P1"); // nobody answered within the timeout
        var ack = await fixture.TexterFor(PagingFixture.Second).TextAsync($"ack {reference}");
        Assert.Equal($"Acknowledged {reference}. Paging stopped; the others are told.", ack);
        await PageAsync(PagingFixture.First, reference, "handled by on-call #2");

        var pagesSoFar = fixture.Twilio.Sent.Count(m => m.Body.Contains($"P1 {reference}", StringComparison.Ordinal));
        await Task.Delay(TimeSpan.FromSeconds(5));
        Assert.Equal(pagesSoFar, fixture.Twilio.Sent.Count(m => m.Body.Contains($"P1 {reference}", StringComparison.Ordinal)));

        var audit = await Tipline.RunAsync(null, "audit", reference, "--data", fixture.Server.DataDirectory);
        Assert.Equal(0, audit.Exit);
        Assert.Contains("escalated", audit.Out);
        Assert.Contains("paged", audit.Out);
        Assert.Contains("re-paged", audit.Out);
        Assert.Contains("acknowledged", audit.Out);
        Assert.DoesNotContain(words, audit.Out);
    }

    [Fact]
    public async Task ACK_without_a_reference_acknowledges_the_open_emergency_and_a_repeat_says_there_is_none()
    {
        var (_, reference, _) = await EmergencyAsync("bare-ack");
        await PageAsync(PagingFixture.First, reference, "P1");
        Assert.StartsWith("Acknowledged TL-", await fixture.TexterFor(PagingFixture.First).TextAsync("ACK"));
        Assert.Contains("No open emergency", await fixture.TexterFor(PagingFixture.First).TextAsync($"ACK {reference}"));
        Assert.Contains("reply ACK", await fixture.TexterFor(PagingFixture.First).TextAsync("hello?"));
    }

    [Fact]
    public async Task Paging_goes_on_after_a_restart_in_the_middle_of_an_escalation()
    {
        var (_, reference, _) = await EmergencyAsync("restart-page");
        await PageAsync(PagingFixture.First, reference, "P1");
        await fixture.KillAndRestartAsync();
        await PageAsync(PagingFixture.Second, reference, "P1");
        Assert.StartsWith($"Acknowledged {reference}", await fixture.TexterFor(PagingFixture.Second).TextAsync($"ACK {reference}"));
    }

    // Talk after the tip, in which triage's rules find nothing, is not judged by the resemblance models (which read such
    // a message as an emergency when it opens a conversation): no one is told to call 911 and no one is paged.
    [Fact]
    public async Task A_worried_aside_after_the_tip_pages_no_one()
    {
        var t = fixture.NewTexter();
        await t.TextAsync("aside-test: the owner of the Fairview farm keeps the workers' passports and they owe him for the trip");
        var aside = await t.TextAsync("I'm not trying to cause drama, I just think it's better to say something than to stay quiet and regret it");
        Assert.DoesNotContain("911", aside);
        var reference = Regex.Match(await t.TextAsync("done"), "TL-[2-9A-Z]{4}").Value;
        await Task.Delay(TimeSpan.FromSeconds(4)); // past the dispatcher's paging of a new P1
        Assert.DoesNotContain(fixture.Twilio.Sent, m => m.Body.Contains($"P1 {reference}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task P2_tips_are_batched_into_one_notification()
    {
        // Both tips turn urgent one after the other, inside the batch window (the opening text is the turn that opens an
        // escalation); finishing them comes after, so the window does not depend on how fast two more turns run on a busy machine.
        var texters = Enumerable.Range(1, 2).Select(_ => fixture.NewTexter()).ToList();
        foreach (var (t, i) in texters.Select((t, i) => (t, i + 1)))
        {
            await t.TextAsync($"batch {i}: the owner of the Fairview farm keeps the workers' passports and they owe him for the trip");
        }
        var references = new List<string>();
        foreach (var t in texters) references.Add(Regex.Match(await t.TextAsync("done"), "TL-[2-9A-Z]{4}").Value);
        var note = await fixture.Twilio.WaitForMessageAsync(m => m.To == PagingFixture.First && m.Body.StartsWith("TipLine P2", StringComparison.Ordinal) && references.All(r => m.Body.Contains(r, StringComparison.Ordinal)), Wait);
        Assert.Contains("control", note.Body);
    }
}
