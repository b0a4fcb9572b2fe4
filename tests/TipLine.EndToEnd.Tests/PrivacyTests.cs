using System.Net.Http.Json;
using System.Text;
using TipLine.EndToEnd.Tests.Harness;

namespace TipLine.EndToEnd.Tests;

public sealed class PrivacyFixture : TipLineFixture
{
    protected override IDictionary<string, string> Settings => new Dictionary<string, string> { ["TipLine:IdleSubmitSeconds"] = "2" };
}

/// <summary>What a tipster tells us is not readable from the data directory or the logs.</summary>
public class PrivacyTests(PrivacyFixture fixture) : IClassFixture<PrivacyFixture>
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    // This server submits after two seconds of silence: earlier revisions may go out before the conversation ends.
    private static bool Completed(System.Text.Json.JsonElement r) => r.GetProperty("submittedBecause").GetString() == "completed";

    [Fact]
    public async Task No_text_number_or_photo_a_tipster_sent_is_readable_anywhere_under_the_data_directory_or_in_the_logs()
    {
        var photo = Encoding.ASCII.GetBytes("JFIF quokka-photo-marker " + new string('x', 2000));
        fixture.Twilio.Media["ME" + new string('b', 32)] = (photo, "image/jpeg");
        var t = fixture.NewTexter();
        var secrets = new[] { "quokka-narrative-marker the boss locks the cooks in", "quokka-place-marker on Wharf road", "quokka-contact-marker after 6pm" };
        await t.TextAsync(secrets[0], media: [(fixture.Twilio.MediaUrl("ME" + new string('b', 32)), "image/jpeg")]);
        await t.TextAsync("1");
        await t.TextAsync(secrets[1]);
        foreach (var _ in Enumerable.Range(0, 4)) await t.TextAsync("skip"); // when, who, vehicles, anything else (no ages: no people given)
        await t.TextAsync("yes");
        await t.TextAsync(secrets[2]);
        var record = await fixture.Intake.WaitForNarrativeAsync("quokka-narrative-marker", Wait, Completed);
        Assert.Equal(t.Number, record.GetProperty("contact").GetProperty("address").GetString()); // the task force gets it; the disk does not

        // The same through the web chat: the visitor's words and Direct Line user id.
        var visitor = await fixture.NewVisitorAsync();
        var webSecrets = new[] { "wombat-web-marker they keep the girls above the bakery", "wombat-user-marker-id" };
        await visitor.SendAsync(new { type = "message", text = webSecrets[0], from = new { id = webSecrets[1], role = "user" } });
        await visitor.SayAsync("done");
        await fixture.Intake.WaitForNarrativeAsync("wombat-web-marker", Wait, Completed);
        secrets = [.. secrets, .. webSecrets];

        // And through /api/messages (Azure Bot Service channels): the channel's conversation id is an identifier too.
        var botConversation = "numbat-conversation-marker";
        foreach (var text in new[] { "numbat-bf-marker the cleaners at the Harbor hotel sleep in the laundry room", "done" })
        {
            using var sent = await fixture.Http.PostAsJsonAsync(new Uri(fixture.Server.BaseUrl, "/api/messages"),
                ApiMessagesTests.Message(botConversation, text, "https://smba.invalid/", "expectReplies"));
            Assert.Equal(System.Net.HttpStatusCode.OK, sent.StatusCode);
        }
        await fixture.Intake.WaitForNarrativeAsync("numbat-bf-marker", Wait, Completed);
        secrets = [.. secrets, "numbat-bf-marker", botConversation];
        Assert.DoesNotContain(visitor.Token, fixture.Server.Output);

        var files = await TipLine.Tests.TestDatabase.FilesHoldingAsync(fixture.Server.DataDirectory);
        Assert.Contains(files, f => f.EndsWith("tipline.db-wal", StringComparison.Ordinal) || f.EndsWith("tipline.db", StringComparison.Ordinal)
            || f.Contains($"{Path.DirectorySeparatorChar}pg_wal{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        foreach (var file in files)
        {
            var text = Encoding.UTF8.GetString(ReadShared(file));
            foreach (var s in secrets.Append("quokka-photo-marker").Append(t.Number).Append(t.Number[2..]))
            {
                Assert.False(text.Contains(s, StringComparison.Ordinal), $"{s} is readable in {file}");
            }
        }
        foreach (var s in secrets.Append(t.Number[2..])) Assert.DoesNotContain(s, fixture.Server.Output);
    }

    [Fact]
    public async Task Rotating_the_key_keeps_open_conversations_and_old_records_readable()
    {
        var t = fixture.NewTexter();
        await t.TextAsync("rotation-marker: a teenager works nights at the Elm laundromat");
        Assert.Contains("Where did this happen?", await t.TextAsync("1"));

        var keyFile = Path.Combine(Path.GetDirectoryName(fixture.Server.DataDirectory)!, "keys", "tipline-keys.json");
        await fixture.KillAndRestartAsync(async () =>
        {
            var rotated = await Tipline.RunAsync(null, "keys", "rotate", "--file", keyFile);
            Assert.Equal(0, rotated.Exit);
            Assert.Contains("k2", rotated.Out);
        });

        // The conversation state was written with k1; the next turn reads it and writes with k2.
        Assert.Contains("When did you see this?", await t.TextAsync("Elm street laundromat"));
        await t.TextAsync("done");
        var record = await fixture.Intake.WaitForNarrativeAsync("rotation-marker", Wait, Completed);
        Assert.Equal("Elm street laundromat", record.GetProperty("where").GetProperty("text").GetString());
        Assert.Contains("\"k2\"", File.ReadAllText(keyFile));
    }

    private static byte[] ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
