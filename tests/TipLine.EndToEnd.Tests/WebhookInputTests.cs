using System.Net;
using System.Text;
using TipLine.Cli.Simulator;
using TipLine.EndToEnd.Tests.Harness;

namespace TipLine.EndToEnd.Tests;

/// <summary>Bad requests get a clear 4xx and store nothing; odd texts from real people get a kind reply. Never a 5xx.</summary>
public class WebhookInputTests(TipLineFixture fixture) : IClassFixture<TipLineFixture>
{
    private Uri Inbound => new(fixture.Server.BaseUrl, "/sms/inbound");
    private const string SignedUrl = TipLineFixture.PublicBaseUrl + "/sms/inbound";

    private static Dictionary<string, string> Form(string body, string from = "+15557770001") =>
        TwilioWebhookSigner.IncomingSmsForm(FakeTwilio.AccountSid, TwilioWebhookSigner.NewMessageSid(), from, TipLineFixture.Hotline, body);

    private async Task<HttpResponseMessage> PostAsync(HttpContent content, string? signature)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Inbound) { Content = content };
        if (signature is not null) request.Headers.Add("X-Twilio-Signature", signature);
        return await fixture.Http.SendAsync(request);
    }

    private Task<HttpResponseMessage> PostSignedAsync(Dictionary<string, string> form) =>
        PostAsync(new FormUrlEncodedContent(form), TwilioWebhookSigner.Sign(FakeTwilio.AuthToken, SignedUrl, form));

    [Fact]
    public async Task A_forged_signature_is_refused_and_nothing_is_stored()
    {
        var form = Form("forged tip about the warehouse on Quay street");
        var forged = await PostAsync(new FormUrlEncodedContent(form), TwilioWebhookSigner.Sign("not-the-token", SignedUrl, form));
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);

        var missing = await PostAsync(new FormUrlEncodedContent(form), null);
        Assert.Equal(HttpStatusCode.Forbidden, missing.StatusCode);

        // Signed over the local address instead of the public URL Twilio calls.
        var wrongUrl = await PostAsync(new FormUrlEncodedContent(form), TwilioWebhookSigner.Sign(FakeTwilio.AuthToken, Inbound.ToString(), form));
        Assert.Equal(HttpStatusCode.Forbidden, wrongUrl.StatusCode);

        // A body changed after signing.
        var signature = TwilioWebhookSigner.Sign(FakeTwilio.AuthToken, SignedUrl, form);
        form["Body"] = "tampered";
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(new FormUrlEncodedContent(form), signature)).StatusCode);

        await Task.Delay(1500);
        Assert.DoesNotContain(fixture.Intake.Records, r => r.GetRawText().Contains("Quay street", StringComparison.Ordinal));
        Assert.DoesNotContain("Quay street", ReadShared("tipline.db") + ReadShared("tipline.db-wal"));
    }

    [Fact]
    public async Task Missing_or_malformed_fields_are_a_400()
    {
        var noSid = Form("hello");
        noSid.Remove("MessageSid");
        Assert.Equal(HttpStatusCode.BadRequest, (await PostSignedAsync(noSid)).StatusCode);

        var badSid = Form("hello");
        badSid["MessageSid"] = "not-a-sid";
        Assert.Equal(HttpStatusCode.BadRequest, (await PostSignedAsync(badSid)).StatusCode);

        var noFrom = Form("hello");
        noFrom.Remove("From");
        Assert.Equal(HttpStatusCode.BadRequest, (await PostSignedAsync(noFrom)).StatusCode);

        var badMedia = Form("hello");
        badMedia["NumMedia"] = "lots";
        Assert.Equal(HttpStatusCode.BadRequest, (await PostSignedAsync(badMedia)).StatusCode);
    }

    [Fact]
    public async Task A_request_that_is_not_a_form_is_a_415_and_an_oversized_one_a_413()
    {
        var json = await PostAsync(new StringContent("{\"Body\":\"hi\"}", Encoding.UTF8, "application/json"), "x");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, json.StatusCode);

        var huge = Form(new string('a', 200_000));
        var oversized = await PostSignedAsync(huge);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, oversized.StatusCode);
    }

    [Fact]
    public async Task Invalid_UTF8_is_refused_with_a_4xx_not_a_5xx()
    {
        var bytes = Encoding.ASCII.GetBytes("MessageSid=SM" + new string('1', 32) + "&From=%2B15557770002&Body=")
            .Concat(new byte[] { 0xC3, 0x28, 0xFF, 0xFE }).ToArray();
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/x-www-form-urlencoded");
        var response = await PostAsync(content, "anything");
        Assert.InRange((int)response.StatusCode, 400, 499);
    }

    [Theory]
    [InlineData("")]
    [InlineData("🙏🙏🙏")]
    [InlineData("\u200b\u200b")]
    public async Task Odd_texts_from_a_person_get_a_kind_reply(string body)
    {
        var t = fixture.NewTexter();
        var reply = await t.TextAsync(body);
        Assert.Contains("Thank you for writing", reply);
    }

    [Fact]
    public async Task A_1600_character_text_is_taken_whole()
    {
        var t = fixture.NewTexter();
        var body = string.Concat(Enumerable.Repeat("the women at the spa on Larch avenue never leave. ", 32))[..1600];
        Assert.Contains("Is this about:", await t.TextAsync(body));
        await t.TextAsync("done");
        var record = await fixture.Intake.WaitForNarrativeAsync("spa on Larch avenue", TimeSpan.FromSeconds(20));
        Assert.Equal(body, record.GetProperty("narrative").GetProperty("original").GetString());
    }

    [Fact]
    public async Task The_status_callback_is_signed_too()
    {
        var form = new Dictionary<string, string> { ["MessageSid"] = "SM" + new string('2', 32), ["MessageStatus"] = "delivered" };
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(fixture.Server.BaseUrl, "/sms/status")) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("X-Twilio-Signature", TwilioWebhookSigner.Sign(FakeTwilio.AuthToken, TipLineFixture.PublicBaseUrl + "/sms/status", form));
        Assert.Equal(HttpStatusCode.NoContent, (await fixture.Http.SendAsync(request)).StatusCode);

        using var forged = new HttpRequestMessage(HttpMethod.Post, new Uri(fixture.Server.BaseUrl, "/sms/status")) { Content = new FormUrlEncodedContent(form) };
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Http.SendAsync(forged)).StatusCode);
    }

    [Fact]
    public async Task Health_is_200_once_ready()
    {
        var health = await fixture.Http.GetAsync(new Uri(fixture.Server.BaseUrl, "/health"));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    /// <summary>A file of the running server's database, read while the server has it open.</summary>
    private string ReadShared(string name)
    {
        var path = Path.Combine(fixture.Server.DataDirectory, name);
        if (!File.Exists(path)) return "";
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
