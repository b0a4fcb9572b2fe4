using System.Text.Json;
using TipLine.EndToEnd.Tests.Harness;

namespace TipLine.EndToEnd.Tests;

/// <summary>A server whose retry window is seconds instead of 72 hours, to see a dead letter happen.</summary>
public sealed class ShortWindowFixture : TipLineFixture
{
    protected override IDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["CaseIntake:DeadLetterAfterHours"] = "0.0006", // about two seconds
    };
}

public class DeadLetterTests(ShortWindowFixture fixture) : IClassFixture<ShortWindowFixture>
{
    [Fact]
    public async Task A_record_past_its_window_is_dead_lettered_with_an_alert_and_an_operator_can_retry_it()
    {
        fixture.Intake.Mode = IntakeMode.Down;
        var t = fixture.NewTexter();
        await t.TextAsync("dead letter tip: a boy about 12 washing cars every night at the Shell on 9th");
        await t.TextAsync("done");

        JsonElement health = default;
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            health = JsonDocument.Parse(await fixture.Http.GetStringAsync(new Uri(fixture.Server.BaseUrl, "/health"))).RootElement;
            if (health.GetProperty("outbox").GetProperty("deadLettered").GetInt32() > 0) break;
            await Task.Delay(250);
        }
        Assert.Equal(1, health.GetProperty("outbox").GetProperty("deadLettered").GetInt32());
        Assert.Contains("dead-lettered", health.GetProperty("alerts")[0].GetString());
        Assert.Contains("ALERT", fixture.Server.Output);

        var data = fixture.Server.DataDirectory;
        var listed = await Tipline.RunAsync(null, "outbox", "--data", data);
        Assert.Equal(0, listed.Exit);
        Assert.Contains("dead-lettered", listed.Out);
        Assert.Contains("HTTP 503", listed.Out);
        Assert.DoesNotContain("Shell on 9th", listed.Out); // never the narrative

        fixture.Intake.Mode = IntakeMode.Up;
        await Task.Delay(1500);
        Assert.DoesNotContain(fixture.Intake.Records, r => r.GetRawText().Contains("dead letter tip", StringComparison.Ordinal)); // parked, not retried

        var retried = await Tipline.RunAsync(null, "outbox", "retry", "--all", "--data", data);
        Assert.Equal(0, retried.Exit);
        await fixture.Intake.WaitForNarrativeAsync("dead letter tip", TimeSpan.FromSeconds(30));
        var after = await Tipline.RunAsync(null, "outbox", "--data", data);
        for (var i = 0; i < 20 && !after.Out.Contains("The outbox is empty", StringComparison.Ordinal); i++)
        {
            await Task.Delay(250); // the server marks the delivery just after the intake answered
            after = await Tipline.RunAsync(null, "outbox", "--data", data);
        }
        Assert.True(after.Out.Contains("The outbox is empty", StringComparison.Ordinal), after.Out + after.Err);
    }

    [Fact]
    public async Task Purge_dry_run_shows_what_would_go_and_removes_nothing()
    {
        var t = fixture.NewTexter();
        await t.TextAsync("purge check: a recent tip that must not be purged");
        var data = fixture.Server.DataDirectory;
        var keys = Path.Combine(Path.GetDirectoryName(data)!, "keys", "tipline-keys.json");
        var dry = await Tipline.RunAsync(null, "purge", "--dry-run", "--days", "1", "--data", data, "--keys", keys);
        Assert.Equal(0, dry.Exit);
        Assert.StartsWith("Would purge 0 tip(s)", dry.Out);
        var missingKeys = await Tipline.RunAsync(null, "purge", "--dry-run", "--data", data, "--keys", Path.Combine(Repo.TempDirectory(), "none.json"));
        Assert.Equal(2, missingKeys.Exit);
        Assert.Contains("No key file", missingKeys.Err);
    }

    [Fact]
    public async Task The_outbox_command_explains_a_missing_database()
    {
        var result = await Tipline.RunAsync(null, "outbox", "--data", Repo.TempDirectory());
        Assert.Equal(2, result.Exit);
        Assert.Contains("No TipLine database", result.Err);
    }
}
