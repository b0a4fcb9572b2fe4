using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TipLine.Cli.Simulator;

namespace TipLine.Bench;

/// <summary>
/// Turns per second, side by side in one run on one machine (these machines are noisy: compare the ratios,
/// not the absolute numbers): a bare Kestrel endpoint that parses Twilio's form and answers constant TwiML,
/// the Bot Framework SDK's echo bot (CloudAdapter, ActivityHandler, ConversationState on MemoryStorage,
/// expectReplies), and TipLine's full SMS turn (signature, ledger, state, triage, dialog, durable commit,
/// TwiML) on SQLite, for new tipsters and continuing conversations, and web-chat turns over Direct Line.
/// Then TipLine's start-up time to healthy and its resident memory after the runs.
/// </summary>
public static class TurnBenchmark
{
    private const string AuthToken = "bench-auth-token";

    public static async Task RunAsync(TimeSpan duration, int concurrency)
    {
        Console.WriteLine($"TipLine turn benchmark, {DateTime.UtcNow:yyyy-MM-dd}, {Environment.ProcessorCount} cores, {concurrency} concurrent clients, {duration.TotalSeconds:0} s per run");
        await using var bare = await BareKestrelAsync();
        await using var echo = await EchoBotAsync();
        var (server, startup) = await StartTipLineAsync();
        using var _ = server;
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency * 2 }) { Timeout = TimeSpan.FromSeconds(30) };

        var results = new List<Result>
        {
            await MeasureAsync("bare Kestrel: parse form, constant TwiML", duration, concurrency, i => BareRequest(bare.Url, i), http),
            await MeasureAsync("Bot Framework echo bot (CloudAdapter, expectReplies)", duration, concurrency, i => EchoRequest(echo.Url, i), http),
            await MeasureAsync("TipLine SMS turn, SQLite, new tipsters", duration, concurrency, NewTipster(server.Url), http),
            await MeasureAsync("TipLine SMS turn, SQLite, continuing conversations", duration, concurrency, Continuing(server.Url), http),
        };
        var chats = await WebChatsAsync(http, server.Url, concurrency * 4);
        results.Add(await MeasureAsync("TipLine web chat turn over Direct Line, SQLite", duration, concurrency, i => ChatRequest(server.Url, chats[i % chats.Count], i), http));

        // Latency at half the peak rate: what a surge below capacity feels like.
        var peak = results[2].PerSecond;
        results.Add(await MeasureAsync($"TipLine SMS turn, new tipsters, at half of peak ({peak / 2:0}/s)", duration, concurrency,
            i => SmsRequest(server.Url, $"+1777{i:0000000}", "they keep the workers passports at the farm on route 9"), http, ratePerSecond: peak / 2));

        var rss = server.ResidentMegabytes();

        // The same SMS turns on PostgreSQL (a throwaway cluster from Debian's packages, fsync on), when installed.
        if (PostgresCluster.Start(RepositoryRoot()) is { } cluster)
        {
            using var _pg = cluster;
            var (pgServer, _) = await StartTipLineAsync(cluster.ConnectionString("tipline_bench"));
            using var _pgServer = pgServer;
            results.Add(await MeasureAsync("TipLine SMS turn, PostgreSQL, new tipsters", duration, concurrency, NewTipster(pgServer.Url), http));
            results.Add(await MeasureAsync("TipLine SMS turn, PostgreSQL, continuing conversations", duration, concurrency, Continuing(pgServer.Url), http));
        }
        else
        {
            Console.WriteLine("PostgreSQL is not installed: its runs are left out (apt-get install postgresql).");
        }
        var echoRate = results[1].PerSecond;
        Console.WriteLine();
        Console.WriteLine($"| run | turns/s | p50 ms | p99 ms | errors | × echo bot |");
        Console.WriteLine($"|---|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            Console.WriteLine(FormattableString.Invariant($"| {r.Name} | {r.PerSecond:0} | {r.P50:0.0} | {r.P99:0.0} | {r.Errors} | {r.PerSecond / echoRate:0.00} |"));
        }
        Console.WriteLine();
        Console.WriteLine(FormattableString.Invariant($"TipLine start-up to healthy (language models loaded): {startup.TotalSeconds:0.0} s; resident memory after the runs: {rss:0} MB"));
    }

    /// <summary>
    /// One TipLine server under steady load of new tipsters' texts for <paramref name="duration"/>, its process id printed
    /// first, so that a profiler (perf, dotnet-trace, dotnet-counters) can attach to a server well past its warm-up.
    /// </summary>
    public static async Task ProfileAsync(TimeSpan duration, int concurrency)
    {
        var (server, _) = await StartTipLineAsync();
        using var _ = server;
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency * 2 }) { Timeout = TimeSpan.FromSeconds(30) };
        Console.WriteLine($"TipLine server pid {server.ProcessId}: SMS turns of new tipsters for {duration.TotalSeconds:0} s");
        await MeasureAsync("TipLine SMS turn, SQLite, new tipsters", duration, concurrency, NewTipster(server.Url), http);
    }

    private sealed record Result(string Name, double PerSecond, double P50, double P99, int Errors);

    /// <summary>
    /// A run after a warm-up under the same load, not counted: a server's first seconds under load are spent compiling
    /// (tiered JIT, the compiled regular expressions' first calls: measured with dotnet-counters, up to half a core for
    /// about 8 s), which a short warm-up left inside the measured run of the server with the most code.
    /// </summary>
    private static async Task<Result> MeasureAsync(string name, TimeSpan duration, int concurrency, Func<int, HttpRequestMessage> request, HttpClient http, double? ratePerSecond = null)
    {
        await LoadAsync(name, WarmUp(duration), concurrency, n => request(1_000_000_000 + n), http, ratePerSecond);
        var (latencies, errors, elapsed) = await LoadAsync(name, duration, concurrency, request, http, ratePerSecond);
        var result = new Result(name, latencies.Count / elapsed.TotalSeconds, Percentile(latencies, 0.50), Percentile(latencies, 0.99), errors);
        Console.WriteLine(FormattableString.Invariant($"{name}: {result.PerSecond:0}/s, p50 {result.P50:0.0} ms, p99 {result.P99:0.0} ms, {errors} errors"));
        return result;
    }

    private static TimeSpan WarmUp(TimeSpan duration) => TimeSpan.FromTicks(Math.Min(duration.Ticks / 2, TimeSpan.FromSeconds(10).Ticks));

    /// <summary>Requests from <paramref name="concurrency"/> clients for <paramref name="duration"/>: the sorted latencies and the errors.</summary>
    private static async Task<(List<double> Latencies, int Errors, TimeSpan Elapsed)> LoadAsync(string name, TimeSpan duration, int concurrency, Func<int, HttpRequestMessage> request, HttpClient http, double? ratePerSecond)
    {
        var latencies = new List<double>[concurrency];
        var errors = 0;
        var counter = 0;
        var started = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(async w =>
        {
            var mine = latencies[w] = [];
            while (started.Elapsed < duration)
            {
                var n = Interlocked.Increment(ref counter);
                if (ratePerSecond is { } rate)
                {
                    var due = TimeSpan.FromSeconds(n / rate);
                    if (due > started.Elapsed) await Task.Delay(due - started.Elapsed);
                }
                var t = Stopwatch.GetTimestamp();
                using var response = await http.SendAsync(request(n));
                var body = await response.Content.ReadAsStringAsync();
                mine.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
                if (!response.IsSuccessStatusCode && Interlocked.Increment(ref errors) == 1)
                {
                    Console.Error.WriteLine($"{name}: first error {(int)response.StatusCode} {body[..Math.Min(200, body.Length)]}");
                }
            }
        }).ToList();
        await Task.WhenAll(workers);
        return ([.. latencies.SelectMany(l => l).Order()], errors, started.Elapsed);
    }

    private static double Percentile(List<double> sorted, double p) => sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))];

    private static Dictionary<string, string> Form(string from, string body) =>
        TwilioWebhookSigner.IncomingSmsForm(SmsSimulator.DefaultAccountSid, TwilioWebhookSigner.NewMessageSid(), from, "+15555550100", body);

    private static HttpRequestMessage BareRequest(Uri url, int i) =>
        new(HttpMethod.Post, new Uri(url, "/sms")) { Content = new FormUrlEncodedContent(Form($"+1888{i:0000000}", "hello there")) };

    /// <summary>A first text from a new number each time: a tip the models raise to P1, which opens an escalation.</summary>
    private static Func<int, HttpRequestMessage> NewTipster(Uri url) =>
        i => SmsRequest(url, $"+1555{i:0000000}", "there is a girl at the motel on 5th who looks about 15, men come and go");

    /// <summary>Texts from 500 numbers in turn, each going on with its conversation.</summary>
    private static Func<int, HttpRequestMessage> Continuing(Uri url) =>
        i => SmsRequest(url, $"+1666{i % 500:0000000}", i % 2 == 0 ? "skip" : "the blue house on Elm street");

    private static HttpRequestMessage SmsRequest(Uri url, string from, string body)
    {
        var form = Form(from, body);
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(url, "/sms/inbound")) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("X-Twilio-Signature", TwilioWebhookSigner.Sign(AuthToken, new Uri(url, "/sms/inbound").ToString(), form));
        return request;
    }

    private static HttpRequestMessage EchoRequest(Uri url, int i) => new(HttpMethod.Post, new Uri(url, "/api/messages"))
    {
        Content = JsonContent.Create(new
        {
            type = "message", id = i.ToString(CultureInfo.InvariantCulture), channelId = "sms", serviceUrl = "https://smba.invalid/", deliveryMode = "expectReplies",
            conversation = new { id = "c" + (i % 500) }, from = new { id = "u" + (i % 500) }, recipient = new { id = "bot" }, text = "hello there",
        }),
    };

    private static HttpRequestMessage ChatRequest(Uri url, (string Id, string Token) chat, int i)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(url, $"/v3/directline/conversations/{chat.Id}/activities"))
        {
            Content = JsonContent.Create(new { type = "message", text = i % 2 == 0 ? "skip" : "the house on Elm street with the blue door", from = new { id = "visitor" } }),
        };
        request.Headers.Authorization = new("Bearer", chat.Token);
        return request;
    }

    private static async Task<List<(string Id, string Token)>> WebChatsAsync(HttpClient http, Uri url, int count)
    {
        var chats = new List<(string, string)>();
        for (var i = 0; i < count; i++)
        {
            using var response = await http.PostAsync(new Uri(url, "/webchat/token"), null);
            var issued = await response.Content.ReadFromJsonAsync<JsonElement>();
            chats.Add((issued.GetProperty("conversationId").GetString()!, issued.GetProperty("token").GetString()!));
        }
        return chats;
    }

    private sealed class Hosted(WebApplication app, Uri url) : IAsyncDisposable
    {
        public Uri Url { get; } = url;

        public async ValueTask DisposeAsync() => await app.DisposeAsync();
    }

    private static async Task<Hosted> BareKestrelAsync()
    {
        var (builder, url) = Builder();
        var app = builder.Build();
        app.MapPost("/sms", async (HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            _ = form["Body"];
            return Results.Content("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Message>Thanks</Message></Response>", "application/xml");
        });
        await app.StartAsync();
        return new Hosted(app, url);
    }

    private static async Task<Hosted> EchoBotAsync()
    {
        var (builder, url) = Builder();
        builder.Services.AddSingleton<BotFrameworkAuthentication>(sp => new ConfigurationBotFrameworkAuthentication(new ConfigurationBuilder().Build()));
        builder.Services.AddSingleton<IBotFrameworkHttpAdapter>(sp => new CloudAdapter(sp.GetRequiredService<BotFrameworkAuthentication>(), sp.GetRequiredService<ILogger<CloudAdapter>>()));
        builder.Services.AddSingleton<IStorage, MemoryStorage>();
        builder.Services.AddSingleton<ConversationState>();
        builder.Services.AddSingleton<IBot, EchoBot>();
        var app = builder.Build();
        app.MapPost("/api/messages", (HttpContext http, IBotFrameworkHttpAdapter adapter, IBot bot) => adapter.ProcessAsync(http.Request, http.Response, bot));
        await app.StartAsync();
        return new Hosted(app, url);
    }

    /// <summary>The SDK's echo bot sample, with the conversation state its samples keep.</summary>
    private sealed class EchoBot(ConversationState state) : ActivityHandler
    {
        public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
        {
            await base.OnTurnAsync(turnContext, cancellationToken);
            await state.SaveChangesAsync(turnContext, false, cancellationToken);
        }

        protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
        {
            var turns = state.CreateProperty<int>("turns");
            await turns.SetAsync(turnContext, await turns.GetAsync(turnContext, () => 0, cancellationToken) + 1, cancellationToken);
            await turnContext.SendActivityAsync(MessageFactory.Text("Echo: " + turnContext.Activity.Text), cancellationToken);
        }
    }

    private static (WebApplicationBuilder Builder, Uri Url) Builder()
    {
        var port = FreePort();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        return (builder, new Uri($"http://127.0.0.1:{port}"));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class TipLineProcess(Process process, Uri url, string directory) : IDisposable
    {
        public Uri Url { get; } = url;

        public int ProcessId => process.Id;

        public double ResidentMegabytes()
        {
            var status = File.ReadAllLines($"/proc/{process.Id}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return double.Parse(status.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
        }

        public void Dispose()
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            Directory.Delete(directory, recursive: true);
        }
    }

    private static async Task<(TipLineProcess Server, TimeSpan Startup)> StartTipLineAsync(string? connectionString = null)
    {
        var root = RepositoryRoot();
        var configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        var dll = Path.Combine(root, "src", "TipLine.Server", "bin", configuration, "net10.0", "TipLine.Server.dll");
        var directory = Directory.CreateTempSubdirectory("tipline-bench-").FullName;
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = directory };
        info.ArgumentList.Add(dll);
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add($"http://127.0.0.1:{port}");
        info.Environment["Twilio__AuthToken"] = AuthToken;
        info.Environment["Twilio__MaxTextsPerMinute"] = "1000000";
        info.Environment["TipLine__RequestsPerMinutePerIp"] = "10000000";
        info.Environment["TipLine__KeyFile"] = Path.Combine(directory, "keys", "keys.json");
        info.Environment["TipLine__DataDirectory"] = Path.Combine(directory, "data");
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        if (connectionString is not null) info.Environment["ConnectionStrings__TipLine"] = connectionString;
        var started = Stopwatch.StartNew();
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var url = new Uri($"http://127.0.0.1:{port}");
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        while (true)
        {
            try
            {
                using var health = await http.GetAsync(new Uri(url, "/health"));
                if (health.IsSuccessStatusCode) break;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }
            if (process.HasExited) throw new InvalidOperationException("The server exited at start.");
            await Task.Delay(20);
        }
        return (new TipLineProcess(process, url, directory), started.Elapsed);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TipLine.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Run the benchmark from the repository.");
    }
}
