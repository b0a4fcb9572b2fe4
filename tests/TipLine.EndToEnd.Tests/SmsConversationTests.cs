using System.Text.Json;
using TipLine.EndToEnd.Tests.Harness;

namespace TipLine.EndToEnd.Tests;

/// <summary>Whole conversations by signed webhooks against the real server; records checked at the fake intake.</summary>
public class SmsConversationTests(TipLineFixture fixture) : IClassFixture<TipLineFixture>
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task An_English_tip_from_first_text_to_a_signed_structured_record()
    {
        var t = fixture.NewTexter();
        var opening = "There's a girl at the Bluebird Motel who can't be more than 15, men keep going into her room";
        Assert.Contains("Is this about:\n1 something you saw or heard\n2 help for yourself", await t.TextAsync(opening));
        Assert.Contains("Where did this happen?", await t.TextAsync("1"));
        Assert.Contains("When did you see this?", await t.TextAsync("Bluebird Motel on Route 9, room 14"));
        Assert.Contains("Who was involved?", await t.TextAsync("tonight around 9pm"));
        Assert.Contains("About how old", await t.TextAsync("the girl and two older men"));
        Assert.Contains("vehicles", await t.TextAsync("15 maybe"));
        Assert.Contains("Anything else?", await t.TextAsync("grey minivan, plate 4TRW118"));
        Assert.Contains("May someone from the task force contact you", await t.TextAsync("her pics are on https://listings.example.com/ad/991 , number 555-201-4477"));
        var end = await t.TextAsync("no");
        var reference = System.Text.RegularExpressions.Regex.Match(end, "TL-[2-9A-Z]{4}").Value;
        Assert.NotEmpty(reference);

        var record = await fixture.Intake.WaitForNarrativeAsync("Bluebird Motel who can't", Wait);
        Assert.Equal(reference, record.GetProperty("reference").GetString());
        Assert.Equal("completed", record.GetProperty("submittedBecause").GetString());
        Assert.Equal("sms", record.GetProperty("channel").GetString());
        Assert.Equal("tip", record.GetProperty("kind").GetString());
        Assert.Equal("en", record.GetProperty("language").GetString());
        Assert.True(record.GetProperty("minorInvolved").GetBoolean());
        Assert.Equal("Bluebird Motel on Route 9, room 14", record.GetProperty("where").GetProperty("text").GetString());
        Assert.Contains(record.GetProperty("when").EnumerateArray(), w => w.GetProperty("text").GetString() == "tonight around 9pm");
        Assert.Contains(record.GetProperty("urls").EnumerateArray(), u => u.GetString()!.Contains("listings.example.com", StringComparison.Ordinal));
        Assert.Contains(record.GetProperty("phoneNumbers").EnumerateArray(), p => p.GetString()!.Contains("555-201-4477", StringComparison.Ordinal));
        Assert.Equal(new[] { "grey minivan, plate 4TRW118" }, record.GetProperty("vehicles").EnumerateArray().Select(v => v.GetString()));
        Assert.Contains(record.GetProperty("answers").EnumerateArray(), a => a.GetProperty("question").GetString()?.Contains("Where did this happen?", StringComparison.Ordinal) == true);
        Assert.True(record.GetProperty("anonymous").GetBoolean());
        Assert.DoesNotContain(t.Number, record.GetRawText());
        Assert.DoesNotContain(t.Number[1..], record.GetRawText());
    }

    [Fact]
    public async Task A_Spanish_conversation_is_answered_in_Spanish_with_skips_and_an_early_send()
    {
        var t = fixture.NewTexter();
        Assert.Contains("¿Es:\n1 algo que vio\n2 ayuda para usted", await t.TextAsync("en la obra de la calle Pino los trabajadores duermen ahí y no les pagan"));
        Assert.Contains("¿Dónde pasó?", await t.TextAsync("1"));
        Assert.Contains("¿Cuándo lo vio?", await t.TextAsync("no sé"));
        Assert.Contains("¿Quiénes estaban?", await t.TextAsync("desde hace meses"));
        var end = await t.TextAsync("listo");
        Assert.Contains("Gracias. Una persona del equipo leerá esto.", end);

        var record = await fixture.Intake.WaitForNarrativeAsync("la obra de la calle Pino", Wait);
        Assert.Equal("es", record.GetProperty("language").GetString());
        Assert.Equal("labor_trafficking", record.GetProperty("offenceType").GetString());
        var place = record.GetProperty("answers").EnumerateArray().Single(a => a.GetProperty("id").GetString() == "tip.where");
        Assert.True(place.GetProperty("skipped").GetBoolean());
        Assert.Equal(JsonValueKind.Null, record.GetProperty("where").ValueKind);
    }

    [Fact]
    public async Task A_correction_replaces_the_answer_in_the_record()
    {
        var t = fixture.NewTexter();
        await t.TextAsync("something strange is going on at the nail salon next to my work");
        await t.TextAsync("1");
        await t.TextAsync("Pretty Nails on Oak St");
        Assert.Contains("Where did this happen?", await t.TextAsync("change where"));
        var corrected = await t.TextAsync("Perfect Nails on Elm St");
        Assert.Contains("I changed that", corrected);
        Assert.Contains("When did you see this?", corrected);
        await t.TextAsync("done");

        var record = await fixture.Intake.WaitForNarrativeAsync("nail salon next to my work", Wait);
        Assert.Equal("Perfect Nails on Elm St", record.GetProperty("where").GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_victim_writing_about_themselves_is_asked_if_it_is_safe_to_talk_and_no_is_an_emergency()
    {
        var t = fixture.NewTexter();
        var first = await t.TextAsync("i need help getting out, my boss keeps my passport at the farm");
        Assert.Contains("Are you safe to talk right now?", first);
        Assert.DoesNotContain("trafficking", first, StringComparison.OrdinalIgnoreCase);
        var unsafeLine = await t.TextAsync("no");
        Assert.Equal("OK. Text this number any time it is safe. If you are in danger and can call, call 911.", unsafeLine);

        var record = await fixture.Intake.WaitForNarrativeAsync("my boss keeps my passport at the farm", Wait);
        Assert.Equal("help_request", record.GetProperty("kind").GetString());
        Assert.Equal("P1", record.GetProperty("urgency").GetString());
        Assert.Equal("no", record.GetProperty("help").GetProperty("safeToTalk").GetString());
    }

    [Fact]
    public async Task An_emergency_gets_safety_guidance_on_the_first_reply()
    {
        var t = fixture.NewTexter();
        var reply = await t.TextAsync("the boss at the dells diner kitchen has a gun right now and says nobody leaves");
        Assert.StartsWith("If you are in danger and it is safe to call, call 911.", reply);
        Assert.Contains("233733", reply);
        Assert.Contains("1-888-373-7888", reply);
    }

    [Fact]
    public async Task A_tipster_who_agrees_to_be_contacted_is_reachable_on_their_terms()
    {
        var t = fixture.NewTexter();
        await t.TextAsync("workers sleep in the back of the Golden Dragon restaurant kitchen");
        await t.TextAsync("1");
        foreach (var skip in new[] { "skip", "skip", "skip", "skip", "skip" }) await t.TextAsync(skip);
        Assert.Contains("How and when is it safe to reach you?", await t.TextAsync("yes"));
        await t.TextAsync("text only, after 6pm");

        var record = await fixture.Intake.WaitForNarrativeAsync("Golden Dragon restaurant kitchen", Wait);
        Assert.False(record.GetProperty("anonymous").GetBoolean());
        Assert.Equal(t.Number, record.GetProperty("contact").GetProperty("address").GetString());
        Assert.Equal("text only, after 6pm", record.GetProperty("contact").GetProperty("instructions").GetString());
    }

    [Fact]
    public async Task A_later_text_within_a_day_adds_to_the_same_tip_as_a_new_revision()
    {
        var t = fixture.NewTexter();
        await t.TextAsync("there are kids working late nights at the car wash on 5th street");
        await t.TextAsync("done");
        var first = await fixture.Intake.WaitForNarrativeAsync("kids working late nights at the car wash", Wait);

        var added = await t.TextAsync("also the owner drives a red pickup");
        Assert.Contains(first.GetProperty("reference").GetString()!, added);
        var second = await fixture.Intake.WaitForAsync(r => r.GetProperty("tipId").GetString() == first.GetProperty("tipId").GetString() && r.GetProperty("revision").GetInt32() == 2, Wait);
        Assert.Equal("follow_up", second.GetProperty("submittedBecause").GetString());
        Assert.Contains("also the owner drives a red pickup", second.GetProperty("narrative").GetProperty("original").GetString());
    }

    [Fact]
    public async Task MMS_photos_are_stored_with_content_type_size_and_hash()
    {
        var bytes = Enumerable.Range(0, 4096).Select(i => (byte)(i * 7)).ToArray();
        fixture.Twilio.Media["ME" + new string('a', 32)] = (bytes, "image/jpeg");
        var t = fixture.NewTexter();
        await t.TextAsync("this is the van they use to move the workers around", media: [(fixture.Twilio.MediaUrl("ME" + new string('a', 32)), "image/jpeg")]);
        await t.TextAsync("done");

        var record = await fixture.Intake.WaitForNarrativeAsync("the van they use to move the workers", Wait);
        var attachment = record.GetProperty("attachments").EnumerateArray().Single();
        Assert.Equal("image/jpeg", attachment.GetProperty("contentType").GetString());
        Assert.Equal(4096, attachment.GetProperty("size").GetInt32());
        Assert.Equal(Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bytes)).ToLowerInvariant(), attachment.GetProperty("sha256").GetString());
        Assert.DoesNotContain("http", attachment.GetProperty("fetch").GetString());
        Assert.False(fixture.Twilio.Media.ContainsKey("ME" + new string('a', 32)), "the photo was not deleted from Twilio after it was stored");

        // The task force fetches it by its reference, from the database, decrypted.
        var saved = Path.Combine(Repo.TempDirectory(), "photo.jpg");
        var keys = Path.Combine(Path.GetDirectoryName(fixture.Server.DataDirectory)!, "keys", "tipline-keys.json");
        var (exit, _, err) = await Tipline.RunAsync(null, "media", attachment.GetProperty("fetch").GetString()!, "--out", saved, "--data", fixture.Server.DataDirectory, "--keys", keys);
        Assert.True(exit == 0, err);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(saved));
    }

    [Fact]
    public async Task STOP_ends_and_wipes_START_welcomes_back_and_HELP_gets_the_hotlines_own_text()
    {
        var t = fixture.NewTexter();
        Assert.StartsWith("TipLine: confidential tips and help.", await t.TextAsync("HELP"));
        await t.TextAsync("a man keeps the passports of the women at the spa on Birch");
        Assert.Equal("You will not get more texts from this number. Text START to talk again.", await t.TextAsync("STOP"));
        var stopped = await fixture.Intake.WaitForNarrativeAsync("passports of the women at the spa on Birch", Wait);
        Assert.Equal("stopped", stopped.GetProperty("submittedBecause").GetString());

        // Opted out: nothing is texted back, but what they write is still recorded.
        Assert.Equal("", await t.TextAsync("one more thing, they moved to Cedar street"));
        Assert.Equal("Welcome back. Text what you want to tell us, or reply 2 if you need help for yourself.", await t.TextAsync("START"));
        Assert.Contains("Is this about:", await t.TextAsync("hello again, I have more to report"));
    }

    [Fact]
    public async Task A_retried_webhook_is_answered_the_same_and_processed_once()
    {
        var t = fixture.NewTexter();
        var sid = "SM" + Guid.NewGuid().ToString("N");
        var first = await t.TextAsync("someone is selling a teenager online from the apartment above the bakery", sid);
        var retry = await t.TextAsync("someone is selling a teenager online from the apartment above the bakery", sid);
        Assert.Equal(first, retry);
        await t.TextAsync("done");

        var record = await fixture.Intake.WaitForNarrativeAsync("apartment above the bakery", Wait);
        var narrative = record.GetProperty("narrative").GetProperty("original").GetString()!;
        Assert.Equal(1, narrative.Split("apartment above the bakery").Length - 1);
    }

    [Fact]
    public async Task A_burst_of_texts_from_one_person_is_processed_in_order_and_none_is_lost()
    {
        var t = fixture.NewTexter();
        await t.TextAsync("I want to report the motel by the highway exit");
        var parts = Enumerable.Range(1, 6).Select(i => $"part {i} of what i saw at the motel").ToArray();
        var replies = await Task.WhenAll(parts.Select(p => t.TextAsync(p)));
        Assert.Contains(replies, r => r.Length > 0);
        await t.TextAsync("done");

        var record = await fixture.Intake.WaitForNarrativeAsync("report the motel by the highway exit", Wait);
        var narrative = record.GetProperty("narrative").GetProperty("original").GetString()!;
        foreach (var part in parts) Assert.Contains(part, narrative);
        Assert.Single(fixture.Intake.Records, r => r.GetProperty("narrative").GetProperty("original").GetString()!.Contains("report the motel by the highway exit", StringComparison.Ordinal) && r.GetProperty("revision").GetInt32() == 1);
    }

    [Fact]
    public async Task Neither_the_texts_nor_the_number_appear_in_the_servers_logs()
    {
        var t = fixture.NewTexter();
        await t.TextAsync("the quartermaster at Pelican Wharf keeps the deckhands locked below");
        await t.TextAsync("1");
        await t.TextAsync("Pelican Wharf pier 7");
        await t.TextAsync("done");
        await fixture.Intake.WaitForNarrativeAsync("Pelican Wharf keeps", Wait);

        var logs = fixture.Server.Output;
        Assert.Contains("Delivered tip", logs); // the logs do speak of the tip, by id
        Assert.DoesNotContain("Pelican Wharf", logs);
        Assert.DoesNotContain(t.Number, logs);
        Assert.DoesNotContain(t.Number[2..], logs);
    }
}
