using TipLine.Cli.Simulator;

namespace TipLine.EndToEnd.Tests.Harness;

/// <summary>A running server wired to a fake Twilio and a fake intake, shared by the tests of a class.</summary>
public class TipLineFixture : IAsyncLifetime
{
    public const string PublicBaseUrl = "https://tipline.example.org";
    public const string Hotline = "+15555550100";
    public const string DirectLineSecret = "e2e-directline-secret-0123456789abcdef";
    private static int _numbers;

    public ServerProcess Server { get; private set; } = null!;
    public FakeTwilio Twilio { get; private set; } = null!;
    public FakeIntake Intake { get; private set; } = null!;
    public FakeTranslator? Translator { get; private set; }

    /// <summary>Whether the server gets a (fake) Translator v3.</summary>
    protected virtual bool WithTranslator => false;
    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(60) };

    protected virtual IDictionary<string, string> Settings => new Dictionary<string, string>();

    public virtual async Task InitializeAsync()
    {
        Twilio = await FakeTwilio.StartAsync();
        Intake = await FakeIntake.StartAsync();
        if (WithTranslator) Translator = await FakeTranslator.StartAsync();
        Server = await ServerProcess.StartAsync(AllSettings());
    }

    /// <summary>Kills the server as SIGKILL would (no shutdown) and starts a new one on the same data directory.</summary>
    public async Task KillAndRestartAsync(Func<Task>? whileStopped = null)
    {
        Server.Kill();
        await Server.WaitForExitAsync(TimeSpan.FromSeconds(30));
        var data = Server.DataDirectory;
        await Server.DisposeAsync();
        if (whileStopped is not null) await whileStopped();
        Server = await ServerProcess.StartAsync(AllSettings(), data);
    }

    protected Dictionary<string, string> AllSettings()
    {
        var settings = new Dictionary<string, string>
        {
            ["Twilio:AccountSid"] = FakeTwilio.AccountSid,
            ["Twilio:AuthToken"] = FakeTwilio.AuthToken,
            ["Twilio:PhoneNumber"] = Hotline,
            ["Twilio:PublicBaseUrl"] = PublicBaseUrl,
            ["Twilio:ApiBaseUrl"] = Twilio.BaseUrl.ToString(),
            ["CaseIntake:Url"] = Intake.Url.ToString(),
            ["CaseIntake:Secret"] = FakeIntake.Secret,
            ["DirectLine:Secret"] = DirectLineSecret,
            // Every visitor of a test comes from 127.0.0.1: the per-address limit is for the internet, not for a whole test class.
            ["TipLine:RequestsPerMinutePerIp"] = "100000",
        };
        if (Translator is not null)
        {
            settings["Translator:Endpoint"] = Translator.Endpoint.ToString();
            settings["Translator:Key"] = FakeTranslator.Key;
            settings["Translator:Region"] = "eastus";
        }
        foreach (var (k, v) in Settings) settings[k] = v;
        return settings;
    }

    /// <summary>Someone texting from a given number (a dispatcher's phone).</summary>
    public Texter TexterFor(string number) => new(() => new SmsSimulator(Http, FakeTwilio.AuthToken, Server.BaseUrl, PublicBaseUrl), number);

    /// <summary>A new texter with a number no other test uses.</summary>
    public Texter NewTexter() => new(() => new SmsSimulator(Http, FakeTwilio.AuthToken, Server.BaseUrl, PublicBaseUrl),
        $"+1555{Environment.ProcessId % 1000:000}{Interlocked.Increment(ref _numbers):0000}");

    /// <summary>A web chat visitor on a new conversation, with a token from the page's endpoint.</summary>
    public Task<WebVisitor> NewVisitorAsync() => WebVisitor.StartAsync(Http, Server.BaseUrl);

    public virtual async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        await Twilio.DisposeAsync();
        await Intake.DisposeAsync();
        if (Translator is not null) await Translator.DisposeAsync();
        Http.Dispose();
    }
}

/// <summary>A person texting the hotline from one number.</summary>
public sealed class Texter(Func<SmsSimulator> simulator, string number)
{
    public string Number { get; } = number;

    public async Task<string> TextAsync(string body, string? messageSid = null, IReadOnlyList<(string Url, string ContentType)>? media = null)
    {
        var (status, replies) = await SendAsync(body, messageSid, media);
        Assert.Equal(200, status);
        return string.Join("\n", replies);
    }

    /// <summary>Sends without judging the answer (the server may be gone mid-request).</summary>
    public Task<(int Status, IReadOnlyList<string> Replies)> SendAsync(string body, string? messageSid = null, IReadOnlyList<(string Url, string ContentType)>? media = null) =>
        simulator().SendAsync(Number, TipLineFixture.Hotline, body, media, messageSid);
}
