using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using TipLine.EndToEnd.Tests.Harness;

namespace TipLine.EndToEnd.Tests;

public sealed class WebChatFixture : TipLineFixture
{
    public const string OnCall = "+15550002001";

    protected override IDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Dispatch:OnCall:0"] = OnCall,
        ["Dispatch:AckTimeoutSeconds"] = "600",
        ["DirectLine:KeepAliveSeconds"] = "1",
    };
}

/// <summary>The web chat over the self-hosted Direct Line: Microsoft's client, records, emergencies, Exit, and bad input.</summary>
public class WebChatTests(WebChatFixture fixture) : IClassFixture<WebChatFixture>
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Microsoft_Direct_Line_client_holds_conversations_over_WebSocket_and_polling()
    {
        var info = new ProcessStartInfo("node", "--test --test-reporter=spec")
        {
            WorkingDirectory = Path.Combine(Repo.Root, "tests", "directline"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["TIPLINE_URL"] = fixture.Server.BaseUrl.ToString().TrimEnd('/');
        info.Environment["TIPLINE_DIRECTLINE_SECRET"] = TipLineFixture.DirectLineSecret;
        using var node = Process.Start(info)!;
        var output = node.StandardOutput.ReadToEndAsync();
        var errors = node.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await node.WaitForExitAsync(timeout.Token);
        Assert.True(node.ExitCode == 0, $"node --test failed:\n{await output}\n{await errors}");
        Assert.Contains("pass 7", await output);
    }

    [Fact]
    public async Task A_web_chat_tip_becomes_a_webchat_record_and_an_emergency_pages_at_once()
    {
        var visitor = await fixture.NewVisitorAsync();
        var words = "web-emergency: a man at the Pine Lodge has a gun and is hitting a girl of 15 right now in room 3";
        var reply = await visitor.SayAsync(words);
        Assert.Contains("911", reply);

        var page = await fixture.Twilio.WaitForMessageAsync(m => m.To == WebChatFixture.OnCall && m.Body.Contains("P1", StringComparison.Ordinal), Wait);
        Assert.DoesNotContain("Pine Lodge", page.Body);

        Assert.Contains("Thank you", await visitor.SayAsync("done"));
        var record = await fixture.Intake.WaitForNarrativeAsync("web-emergency", Wait);
        Assert.Equal("webchat", record.GetProperty("channel").GetString());
        Assert.Equal("P1", record.GetProperty("urgency").GetString());
        Assert.True(record.GetProperty("minorInvolved").GetBoolean());
        Assert.True(record.GetProperty("anonymous").GetBoolean());
    }

    [Fact]
    public async Task The_browser_language_sets_the_first_reply_and_a_choice_on_the_page_switches_it()
    {
        var visitor = await fixture.NewVisitorAsync();
        Assert.Contains("مرحباً", await visitor.SendAsync(new { type = "event", name = "tipline/hello", value = "ar-EG", from = new { id = "v" } }));
        Assert.Contains("¿Es:", await visitor.SayAsync("hola", locale: "es-ES"));
        Assert.Contains("Certo, vamos continuar em português", await visitor.SendAsync(new { type = "event", name = "tipline/language", value = "pt", from = new { id = "v" } }));
    }

    [Fact]
    public async Task Exit_sends_the_tip_as_it_stands_and_wipes_the_conversation()
    {
        var visitor = await fixture.NewVisitorAsync();
        await visitor.SayAsync("exit-test: my cousin works at the farm on Route 5 and they took her passport");
        Assert.Equal(HttpStatusCode.NoContent, await visitor.ExitAsync());

        var record = await fixture.Intake.WaitForNarrativeAsync("exit-test", Wait);
        Assert.Equal("stopped", record.GetProperty("submittedBecause").GetString());
        using var afterwards = await fixture.Http.SendAsync(visitor.Request(HttpMethod.Get, "/activities"));
        Assert.Equal(HttpStatusCode.NotFound, afterwards.StatusCode);
        using var posting = await fixture.Http.SendAsync(visitor.Request(HttpMethod.Post, "/activities", new { type = "message", text = "hello?" }));
        Assert.Equal(HttpStatusCode.NotFound, posting.StatusCode);
    }

    [Fact]
    public async Task Bad_Direct_Line_input_gets_a_clear_4xx_and_loses_nothing()
    {
        var visitor = await fixture.NewVisitorAsync();
        async Task<(HttpStatusCode Status, string Body)> Post(HttpContent content)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, visitor.Url("/activities")) { Content = content };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", visitor.Token);
            using var response = await fixture.Http.SendAsync(request);
            return (response.StatusCode, await response.Content.ReadAsStringAsync());
        }

        var notJson = await Post(new StringContent("{not json", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, notJson.Status);
        Assert.Contains("\"code\":\"BadArgument\"", notJson.Body);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await Post(new StringContent("hello", Encoding.UTF8, "text/plain"))).Status);
        var tooLong = await Post(JsonContent.Create(new { type = "message", text = new string('a', 10_001) }));
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.Status);
        Assert.Contains("at most 10000 characters", tooLong.Body);
        Assert.Equal(HttpStatusCode.BadRequest, (await Post(JsonContent.Create(new { type = "invoke", name = "x" }))).Status);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await Post(new StringContent(new string(' ', 70_000), Encoding.UTF8, "application/json"))).Status);
        using var badWatermark = await fixture.Http.SendAsync(visitor.Request(HttpMethod.Get, "/activities?watermark=abc"));
        Assert.Equal(HttpStatusCode.BadRequest, badWatermark.StatusCode);

        // After all that, the conversation works and holds only what was really said.
        Assert.Contains("Is this about", await visitor.SayAsync("hello there, I need to tell someone something"));
    }

    [Fact]
    public async Task Random_Direct_Line_requests_never_get_a_5xx()
    {
        var visitor = await fixture.NewVisitorAsync();
        var random = new Random(11);
        string[] types = ["message", "event", "typing", "endOfConversation", "invoke", "", "\u0000", "conversationUpdate"];
        for (var i = 0; i < 150; i++)
        {
            var body = random.Next(4) switch
            {
                0 => Encoding.UTF8.GetString(Bytes(random, random.Next(1, 300))),
                1 => JsonSerializer.Serialize(new { type = types[random.Next(types.Length)], text = Encoding.UTF8.GetString(Bytes(random, random.Next(0, 80))), name = "tipline/hello", value = random.Next(3) == 0 ? (object)new[] { 1, 2 } : "es" }),
                2 => "{\"type\":\"message\",\"text\":" + new string('[', random.Next(1, 200)) + "1" + new string(']', random.Next(1, 200)) + "}",
                _ => "{\"type\":\"message\",\"text\":\"hi\",\"timestamp\":\"" + Encoding.UTF8.GetString(Bytes(random, 12)) + "\",\"channelData\":{\"clientActivityID\":" + random.Next() + "}}",
            };
            var path = random.Next(5) == 0 ? $"/activities?watermark={Encoding.UTF8.GetString(Bytes(random, 4))}" : "/activities";
            var request = new HttpRequestMessage(random.Next(4) == 0 ? HttpMethod.Get : HttpMethod.Post, visitor.Url(path))
            {
                Content = new StringContent(body, Encoding.UTF8, "application/json"),
            };
            request.Headers.TryAddWithoutValidation("Authorization", random.Next(6) == 0 ? "Bearer " + Convert.ToBase64String(Bytes(random, 40)) : "Bearer " + visitor.Token);
            using var response = await fixture.Http.SendAsync(request);
            Assert.True((int)response.StatusCode < 500, $"{request.Method} {path} with {body} got {(int)response.StatusCode}");
        }
        Assert.False(fixture.Server.HasExited);
    }

    [Fact]
    public async Task The_page_is_discreet_strict_and_carries_every_language()
    {
        using var page = await fixture.Http.GetAsync(fixture.Server.BaseUrl);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var csp = page.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline' 'unsafe-eval", csp);
        Assert.DoesNotContain("script-src 'self' 'unsafe-inline'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Equal("no-referrer", page.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("no-store", page.Headers.CacheControl!.ToString());
        Assert.False(page.Headers.Contains("Set-Cookie"));
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("<title>Notes</title>", html);
        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("http://", html.Replace("https://www.google.com", "", StringComparison.Ordinal));

        using var bundle = await fixture.Http.GetAsync(new Uri(fixture.Server.BaseUrl, "/webchat/webchat-minimal.js"));
        Assert.Equal(HttpStatusCode.OK, bundle.StatusCode);
        Assert.True((await bundle.Content.ReadAsByteArrayAsync()).Length > 1_000_000, "Web Chat's bundle is served by the server itself");

        var config = await fixture.Http.GetFromJsonAsync<JsonElement>(new Uri(fixture.Server.BaseUrl, "/webchat/config"));
        Assert.Equal(11, config.GetProperty("languages").GetArrayLength());
        Assert.Equal("خروج", config.GetProperty("strings").GetProperty("ar").GetProperty("exit").GetString());
        Assert.Contains("ar", config.GetProperty("rightToLeft").EnumerateArray().Select(e => e.GetString()));
    }

    private static byte[] Bytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }
}

/// <summary>Tokens that expire: a server whose tokens live eight seconds.</summary>
public sealed class ShortTokenFixture : TipLineFixture
{
    protected override IDictionary<string, string> Settings => new Dictionary<string, string> { ["DirectLine:TokenLifetimeSeconds"] = "8" };
}

public class DirectLineTokenExpiryTests(ShortTokenFixture fixture) : IClassFixture<ShortTokenFixture>
{
    [Fact]
    public async Task An_expired_token_is_refused_and_cannot_be_refreshed_but_a_refreshed_one_goes_on()
    {
        // A first web chat turn compiles what every later one uses; on a busy machine it can take most of the 8 s.
        await (await fixture.NewVisitorAsync()).SayAsync("hello");

        var minted = System.Diagnostics.Stopwatch.StartNew();
        var visitor = await fixture.NewVisitorAsync();
        Assert.Contains("Is this about", await visitor.SayAsync("hello there, I need to tell someone something"));

        await Until(minted, seconds: 4);
        using var refreshed = await fixture.Http.SendAsync(Refresh(visitor.Token));
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        var renewed = (await refreshed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;

        // The first token has expired (8 s); the renewed one has at least three seconds left.
        await Until(minted, seconds: 9);
        using var expired = await fixture.Http.SendAsync(visitor.Request(HttpMethod.Get, "/activities"));
        Assert.Equal(HttpStatusCode.Forbidden, expired.StatusCode);
        Assert.Contains("TokenExpired", await expired.Content.ReadAsStringAsync());
        using var lateRefresh = await fixture.Http.SendAsync(Refresh(visitor.Token));
        Assert.Equal(HttpStatusCode.Forbidden, lateRefresh.StatusCode);

        var stillGoing = new HttpRequestMessage(HttpMethod.Get, visitor.Url("/activities"));
        stillGoing.Headers.Authorization = new AuthenticationHeaderValue("Bearer", renewed);
        using var withRenewed = await fixture.Http.SendAsync(stillGoing);
        Assert.Equal(HttpStatusCode.OK, withRenewed.StatusCode);

        using var metrics = await fixture.Http.GetAsync(new Uri(fixture.Server.BaseUrl, "/metrics"));
        Assert.Contains("reason=\"expired-token\"", await metrics.Content.ReadAsStringAsync());
    }

    private static Task Until(System.Diagnostics.Stopwatch clock, double seconds) =>
        Task.Delay(TimeSpan.FromSeconds(Math.Max(0, seconds - clock.Elapsed.TotalSeconds)));

    private HttpRequestMessage Refresh(string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(fixture.Server.BaseUrl, "/v3/directline/tokens/refresh"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }
}
