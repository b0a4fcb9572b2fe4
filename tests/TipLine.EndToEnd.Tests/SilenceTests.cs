using TipLine.EndToEnd.Tests.Harness;

namespace TipLine.EndToEnd.Tests;

/// <summary>A server that submits after two seconds of silence and answers every turn late, through the REST API.</summary>
public sealed class QuickServerFixture : TipLineFixture
{
    protected override IDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["TipLine:IdleSubmitSeconds"] = "2",
        ["Twilio:ReplyDeadlineSeconds"] = "0",
    };
}

public class SilenceTests(QuickServerFixture fixture) : IClassFixture<QuickServerFixture>
{
    [Fact]
    public async Task A_person_who_stops_answering_still_gets_their_tip_to_the_task_force()
    {
        var t = fixture.NewTexter();
        // Replies come through the REST API on this server: wait for each, as a person would, before answering.
        await t.TextAsync("the foreman at the Riverside orchard holds everyone's passports");
        await fixture.Twilio.WaitForCountAsync(t.Number, 1, TimeSpan.FromSeconds(20));
        await t.TextAsync("1");
        Assert.Contains("Where did this happen?", (await fixture.Twilio.WaitForCountAsync(t.Number, 2, TimeSpan.FromSeconds(20))).Body);

        var record = await fixture.Intake.WaitForNarrativeAsync("Riverside orchard holds", TimeSpan.FromSeconds(20));
        Assert.Equal("idle", record.GetProperty("submittedBecause").GetString());
        Assert.Equal(1, record.GetProperty("revision").GetInt32());
        Assert.Equal("P2", record.GetProperty("urgency").GetString());

        // Coming back later continues the same tip as a new revision.
        await t.TextAsync("Riverside orchard, off county road 12");
        var revision2 = await fixture.Intake.WaitForAsync(r => r.GetProperty("tipId").GetString() == record.GetProperty("tipId").GetString() && r.GetProperty("revision").GetInt32() == 2, TimeSpan.FromSeconds(20));
        Assert.Equal("Riverside orchard, off county road 12", revision2.GetProperty("where").GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_turn_that_misses_the_webhook_deadline_is_answered_through_the_REST_API()
    {
        var t = fixture.NewTexter();
        Assert.Equal("", await t.TextAsync("there is a boy working nights at the bakery who should be in school"));
        var sent = await fixture.Twilio.WaitForMessageAsync(m => m.To == t.Number, TimeSpan.FromSeconds(20));
        Assert.Equal(TipLineFixture.Hotline, sent.From);
        Assert.Contains("Is this about:", sent.Body);
    }
}
