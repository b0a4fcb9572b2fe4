using System.Text.Json;
using System.Text.RegularExpressions;
using TipLine.EndToEnd.Tests.Harness;

namespace TipLine.EndToEnd.Tests;

/// <summary>A server whose records retry quickly, dead-letter after seconds, and also drop files.</summary>
public sealed class DeliveryFixture : TipLineFixture
{
    public string DropDirectory { get; } = Path.Combine(Repo.TempDirectory(), "drop");

    protected override IDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["TipLine:IdleSubmitSeconds"] = "2",
        ["CaseIntake:TimeoutSeconds"] = "1",
        ["CaseIntake:DropDirectory"] = DropDirectory,
    };
}

/// <summary>Delivery under faults, against real processes: the intake down, flaky and slow; the server killed.</summary>
public class DeliveryTests(DeliveryFixture fixture) : IClassFixture<DeliveryFixture>
{
    private static readonly TimeSpan Long = TimeSpan.FromSeconds(60);

    private static string Narrative(JsonElement r) => r.GetProperty("narrative").GetProperty("original").GetString()!;

    private async Task<string> CompleteTipAsync(string opening)
    {
        var t = fixture.NewTexter();
        await t.TextAsync(opening);
        await t.TextAsync("done");
        return t.Number;
    }

    [Fact]
    public async Task Intake_down_for_a_while_then_up_every_record_arrives_once_in_order_and_retries_are_re_signed()
    {
        fixture.Intake.Tolerance = TimeSpan.FromSeconds(3); // a retry carrying its first signature would now be refused
        fixture.Intake.Mode = IntakeMode.Down;
        var openings = Enumerable.Range(1, 4).Select(i => $"outage tip {i}: the women at the Sandpiper spa never leave").ToList();
        foreach (var o in openings) await CompleteTipAsync(o);
        var t = fixture.NewTexter();
        await t.TextAsync("outage follow-up: kids working at the Harbor car wash");
        await t.TextAsync("done");
        await t.TextAsync("outage follow-up: they sleep in the back room"); // revision 2 of the same tip

        await Task.Delay(TimeSpan.FromSeconds(5));
        Assert.True(fixture.Intake.Refused > 0);
        var health = JsonDocument.Parse(await fixture.Http.GetStringAsync(new Uri(fixture.Server.BaseUrl, "/health"))).RootElement;
        Assert.True(health.GetProperty("outbox").GetProperty("pending").GetInt32() >= 6, health.GetRawText());
        var metrics = await fixture.Http.GetStringAsync(new Uri(fixture.Server.BaseUrl, "/metrics"));
        Assert.Matches(@"tipline_outbox_depth\S* [1-9]", metrics);

        fixture.Intake.Mode = IntakeMode.Up;
        foreach (var o in openings) await fixture.Intake.WaitForNarrativeAsync(o, Long);
        var second = await fixture.Intake.WaitForAsync(r => Narrative(r).Contains("they sleep in the back room", StringComparison.Ordinal), Long);
        var first = fixture.Intake.For(second.GetProperty("tipId").GetString()!).ToList();
        Assert.Equal([1, 2], first.Select(r => r.GetProperty("revision").GetInt32()));
        AssertEachRevisionSeenOnce();
    }

    /// <summary>
    /// Delivery is at least once (a receiver that took a record but answered too late gets it again); the
    /// Idempotency-Key makes the effect exactly once: the deduping receiver holds each tip revision once.
    /// </summary>
    private void AssertEachRevisionSeenOnce()
    {
        var keys = fixture.Intake.Records.Select(r => $"{r.GetProperty("tipId").GetString()}:{r.GetProperty("revision").GetInt32()}").ToList();
        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.Equal(keys.Order(), fixture.Intake.DeliveriesByKey.Keys.Order());
    }

    [Fact]
    public async Task A_flaky_and_slow_intake_still_gets_every_record_exactly_once()
    {
        fixture.Intake.Mode = IntakeMode.Flaky;
        var openings = Enumerable.Range(1, 6).Select(i => $"flaky tip {i}: men with no pay living at the Quarry Road farm").ToList();
        await Task.WhenAll(openings.Select(CompleteTipAsync));
        try
        {
            foreach (var o in openings) await fixture.Intake.WaitForNarrativeAsync(o, Long);
        }
        finally
        {
            fixture.Intake.Mode = IntakeMode.Up;
        }
        foreach (var o in openings)
        {
            // A tip left silent past the idle time before its "done" (a busy machine) goes out as two revisions, the idle one
            // and the completed one: each revision arrives once.
            var received = fixture.Intake.Records.Where(r => Narrative(r).Contains(o, StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(received);
            Assert.Equal(received.Count, received.Select(r => r.GetProperty("revision").GetInt32()).Distinct().Count());
        }
    }

    [Fact]
    public async Task Every_record_is_also_dropped_as_one_complete_file_per_revision()
    {
        await CompleteTipAsync("file drop tip: a girl about 14 at the Starlite motel with older men");
        var record = await fixture.Intake.WaitForNarrativeAsync("file drop tip", Long);
        var file = Path.Combine(fixture.DropDirectory, $"{record.GetProperty("tipId").GetString()}.r1.json");
        var deadline = DateTime.UtcNow + Long;
        while (!File.Exists(file) && DateTime.UtcNow < deadline) await Task.Delay(100);
        using var dropped = JsonDocument.Parse(File.ReadAllText(file));
        Assert.Equal(record.GetRawText(), dropped.RootElement.GetRawText());
        Assert.DoesNotContain(Directory.GetFiles(fixture.DropDirectory), f => f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Killed_with_tips_pending_and_conversations_half_done_nothing_is_lost_or_doubled_after_restart()
    {
        fixture.Intake.Mode = IntakeMode.Down;
        var done = Enumerable.Range(1, 3).Select(i => $"killed-done {i}: workers locked in the Elm st warehouse at night").ToList();
        foreach (var o in done) await CompleteTipAsync(o);
        var halfway = fixture.NewTexter();
        await halfway.TextAsync("killed-halfway: the owner of Golden Nails keeps the girls' passports");
        await halfway.TextAsync("1");

        // A burst in flight when the process dies: every text Twilio would retry is sent again, same MessageSid, after restart.
        var burst = fixture.NewTexter();
        var parts = Enumerable.Range(1, 8).Select(i => (Sid: "SM" + Guid.NewGuid().ToString("N"), Body: $"killed-burst part {i} about the Pine st motel")).ToList();
        var inFlight = parts.Select(p => burst.SendAsync(p.Body, p.Sid)).ToList();
        await Task.Delay(40);
        await fixture.KillAndRestartAsync();
        foreach (var p in parts) await burst.SendAsync(p.Body, p.Sid);
        await Task.WhenAll(inFlight.Select(t => t.ContinueWith(_ => { })));
        await burst.TextAsync("done");
        fixture.Intake.Mode = IntakeMode.Up;

        foreach (var o in done) await fixture.Intake.WaitForNarrativeAsync(o, Long);
        var half = await fixture.Intake.WaitForNarrativeAsync("killed-halfway", Long);
        Assert.Equal("idle", half.GetProperty("submittedBecause").GetString());

        var burstRecord = await fixture.Intake.WaitForAsync(r => Narrative(r).Contains("killed-burst", StringComparison.Ordinal) && r.GetProperty("submittedBecause").GetString() == "completed", Long);
        foreach (var p in parts)
        {
            Assert.Single(Regex.Matches(Narrative(burstRecord), Regex.Escape(p.Body) + "(?!\\d)"));
        }
        foreach (var marker in done.Append("killed-halfway").Append("killed-burst"))
        {
            var ids = fixture.Intake.Records.Where(r => Narrative(r).Contains(marker, StringComparison.Ordinal)).Select(r => r.GetProperty("tipId").GetString()).Distinct();
            Assert.Single(ids);
        }
        AssertEachRevisionSeenOnce();
    }
}
