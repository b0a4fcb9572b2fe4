using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using TipLine.Cli.Simulator;
using TipLine.EndToEnd.Tests.Harness;
using TipLine.Tests;

namespace TipLine.EndToEnd.Tests;

/// <summary>Two servers on one PostgreSQL database behind an imaginary load balancer, sharing keys and configuration.</summary>
public sealed class TwoInstancesFixture : TipLineFixture
{
    public const string OnCall = "+15555550999";

    public ServerProcess Second { get; private set; } = null!;

    protected override IDictionary<string, string> Settings
    {
        get
        {
            var shared = Path.Combine(Path.GetTempPath(), "tipline-two-instances", SharedName);
            return new Dictionary<string, string>
            {
                ["ConnectionStrings:TipLine"] = TestDatabase.ConnectionStringFor(shared) ?? "",
                ["TipLine:KeyFile"] = Path.Combine(shared, "keys", "tipline-keys.json"),
                ["TipLine:IdleSubmitSeconds"] = "2",
                ["Dispatch:OnCall:0"] = OnCall,
                ["Dispatch:AckTimeoutSeconds"] = "600",
            };
        }
    }

    private string SharedName { get; } = Guid.NewGuid().ToString("N");

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        if (TestDatabase.IsPostgres) Second = await StartAnotherAsync();
    }

    /// <summary>Another instance like the first, on its own data directory and the same database.</summary>
    public Task<ServerProcess> StartAnotherAsync() => ServerProcess.StartAsync(AllSettings());

    /// <summary>Someone texting from one number, each text landing on the instance <paramref name="route"/> picks.</summary>
    public Texter TexterOn(string number, Func<ServerProcess> route) =>
        new(() => new SmsSimulator(Http, FakeTwilio.AuthToken, route().BaseUrl, PublicBaseUrl), number);

    public override async Task DisposeAsync()
    {
        if (Second is not null) await Second.DisposeAsync();
        await base.DisposeAsync();
    }
}

public sealed class MultiInstanceTests(TwoInstancesFixture fixture) : IClassFixture<TwoInstancesFixture>
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(40);

    [PostgresFact]
    public async Task Texts_landing_on_alternate_instances_form_one_conversation_and_one_tip_in_order()
    {
        var number = fixture.NewTexter().Number;
        var turn = 0;
        var texter = fixture.TexterOn(number, () => turn++ % 2 == 0 ? fixture.Server : fixture.Second);

        Assert.Contains("Is this about:", await texter.TextAsync("alternate-marker: a boy of 15 sells candy door to door for a man who keeps his money"));
        Assert.Contains("Where did this happen?", await texter.TextAsync("1"));
        Assert.Contains("When did you see this?", await texter.TextAsync("the bus station on 5th"));
        await texter.TextAsync("every evening this week");
        await texter.TextAsync("done");

        var record = await fixture.Intake.WaitForNarrativeAsync("alternate-marker", Wait);
        Assert.Single(TipsMentioning("alternate-marker"));
        Assert.Contains("the bus station on 5th", record.GetRawText());
        Assert.Contains("every evening this week", record.GetRawText());
    }

    [PostgresFact]
    public async Task Texts_sent_at_once_to_both_instances_are_each_taken_once_in_one_tip()
    {
        var number = fixture.NewTexter().Number;
        var first = fixture.TexterOn(number, () => fixture.Server);
        var second = fixture.TexterOn(number, () => fixture.Second);
        await first.TextAsync("burst-marker: women are driven every night from the Pine motel to a massage place");
        var texts = Enumerable.Range(1, 6).Select(i => (i % 2 == 0 ? first : second).SendAsync($"burst-part-{i}")).ToList();
        Assert.All(await Task.WhenAll(texts), r => Assert.Equal(200, r.Status));
        await first.TextAsync("done");

        // Every text is in the tip, whichever instance took it, and there is one tip.
        await fixture.Intake.WaitForAsync(r => r.GetRawText() is var json && json.Contains("burst-marker", StringComparison.Ordinal)
            && Enumerable.Range(1, 6).All(i => json.Contains($"burst-part-{i}", StringComparison.Ordinal)), Wait);
        Assert.Single(TipsMentioning("burst-marker"));
    }

    private IEnumerable<string> TipsMentioning(string marker) => fixture.Intake.Records
        .Where(r => r.GetRawText().Contains(marker, StringComparison.Ordinal)).Select(r => r.GetProperty("tipId").GetString()!).Distinct();

    [PostgresFact]
    public async Task An_emergency_is_paged_once_and_each_record_delivered_once_not_once_per_instance()
    {
        var number = fixture.NewTexter().Number;
        var turn = 0;
        var texter = fixture.TexterOn(number, () => turn++ % 2 == 0 ? fixture.Second : fixture.Server);
        var reply = await texter.TextAsync("once-marker: he has a gun and says he will kill her tonight, room 12 of the Star motel");
        Assert.Contains("911", reply);
        await texter.TextAsync("done");

        var record = await fixture.Intake.WaitForNarrativeAsync("once-marker", Wait);
        var reference = record.GetProperty("reference").GetString()!;
        // This tip's page: the fixture's other tests may page for theirs.
        var page = await fixture.Twilio.WaitForMessageAsync(m => m.To == TwoInstancesFixture.OnCall && m.Body.Contains(reference, StringComparison.Ordinal), Wait);
        Assert.Contains("P1", page.Body);
        await Task.Delay(TimeSpan.FromSeconds(4)); // several polls of both instances' workers
        Assert.Single(fixture.Twilio.Sent, m => m.To == TwoInstancesFixture.OnCall && m.Body.Contains(reference, StringComparison.Ordinal));
        var tipId = record.GetProperty("tipId").GetString()!;
        Assert.All(fixture.Intake.DeliveriesByKey.Where(d => d.Key.StartsWith(tipId, StringComparison.Ordinal)), d => Assert.Equal(1, d.Value));
    }

    [PostgresFact]
    public async Task A_web_chat_socket_on_one_instance_gets_the_replies_to_messages_posted_to_the_other()
    {
        var visitor = await WebVisitor.StartAsync(fixture.Http, fixture.Server.BaseUrl);
        using var reconnect = new HttpRequestMessage(HttpMethod.Get, new Uri(fixture.Second.BaseUrl, $"/v3/directline/conversations/{visitor.ConversationId}?watermark=0"));
        reconnect.Headers.Authorization = new("Bearer", visitor.Token);
        using var resumed = await fixture.Http.SendAsync(reconnect);
        resumed.EnsureSuccessStatusCode();
        var streamUrl = (await resumed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("streamUrl").GetString()!;
        Assert.StartsWith($"ws://{fixture.Second.BaseUrl.Authority}/", streamUrl);

        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(streamUrl), CancellationToken.None);
        using (var post = visitor.Request(HttpMethod.Post, "/activities", new { type = "message", text = "socket-marker: girls sleep at the back of the Lotus spa", from = new { id = "visitor", role = "user" } }))
        using (var sent = await fixture.Http.SendAsync(post))
        {
            sent.EnsureSuccessStatusCode();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var buffer = new byte[64 * 1024];
        while (true)
        {
            var frame = new StringBuilder();
            WebSocketReceiveResult received;
            do
            {
                received = await socket.ReceiveAsync(buffer, timeout.Token);
                frame.Append(Encoding.UTF8.GetString(buffer, 0, received.Count));
            }
            while (!received.EndOfMessage);
            if (frame.Length == 0) continue; // keep-alive
            var activities = JsonDocument.Parse(frame.ToString()).RootElement.GetProperty("activities").EnumerateArray();
            if (activities.Any(a => a.GetProperty("type").GetString() == "message" && a.GetProperty("from").GetProperty("role").GetString() == "bot")) break;
        }
    }

    [PostgresFact]
    public async Task An_instance_killed_mid_conversation_loses_nothing_and_the_other_carries_on()
    {
        await using var doomed = await fixture.StartAnotherAsync();
        var number = fixture.NewTexter().Number;
        var onDoomed = fixture.TexterOn(number, () => doomed);
        var onSurvivor = fixture.TexterOn(number, () => fixture.Server);
        await onDoomed.TextAsync("killed-marker: a man holds the workers' passports at the Delta farm");
        Assert.Contains("Where did this happen?", await onDoomed.TextAsync("1"));
        doomed.Kill();
        await doomed.WaitForExitAsync(TimeSpan.FromSeconds(30));

        Assert.Contains("When did you see this?", await onSurvivor.TextAsync("the Delta farm on route 9"));
        await onSurvivor.TextAsync("done");
        // With idle submission at 2 s, a slow moment can send a revision before "route 9" arrives: the place must reach a record.
        var record = await fixture.Intake.WaitForNarrativeAsync("killed-marker", Wait, and: r => r.GetRawText().Contains("route 9", StringComparison.Ordinal));
        Assert.Contains("Delta farm", record.GetProperty("narrative").GetProperty("original").GetString());
    }
}
