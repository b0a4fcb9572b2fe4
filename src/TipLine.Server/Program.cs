using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Bot.Builder;
using IMiddleware = Microsoft.Bot.Builder.IMiddleware;
using Microsoft.Extensions.Options;
using System.Threading.RateLimiting;
using OpenTelemetry.Metrics;
using TipLine.Bot;
using TipLine.Bot.Conversation;
using TipLine.Bot.Dispatch;
using TipLine.Bot.Intake;
using TipLine.Bot.Privacy;
using TipLine.Bot.Staff;
using TipLine.Bot.Storage;
using TipLine.Bot.Translation;
using TipLine.Core;
using TipLine.Core.Dialogs;
using TipLine.Core.Language;
using TipLine.Core.Text;
using TipLine.Core.Tips;
using TipLine.Core.Triage;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using TipLine.Server.Channels;
using TipLine.Server.Channels.BotFramework;
using TipLine.Server.Channels.DirectLine;
using TipLine.Server.Channels.Sms;
using TipLine.Server.Channels.WebChat;
using TipLine.Server.Console;
using TipLine.Server.Hosting;

// A backstop: any regular expression without its own timeout (libraries' included) gives up after 2 s instead of pinning a CPU.
AppContext.SetData("REGEX_DEFAULT_MATCH_TIMEOUT", TimeSpan.FromSeconds(2));

// The content root is the app's own folder (appsettings.json), whatever directory it is started from.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.Services.Configure<TipLineOptions>(builder.Configuration.GetSection(TipLineOptions.Section));
builder.Services.Configure<CaseIntakeOptions>(builder.Configuration.GetSection(CaseIntakeOptions.Section));
builder.Services.Configure<TwilioOptions>(builder.Configuration.GetSection(TwilioOptions.Section));
builder.Services.Configure<DispatchOptions>(builder.Configuration.GetSection(DispatchOptions.Section));
builder.Services.Configure<DirectLineOptions>(builder.Configuration.GetSection(DirectLineOptions.Section));
builder.Services.Configure<WebChatOptions>(builder.Configuration.GetSection(WebChatOptions.Section));
builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = 1024 * 1024);
// EF Core (console accounts) logs every SQL command at Information; parameters never, but the noise hides what matters.
builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);

var tipLine = builder.Configuration.GetSection(TipLineOptions.Section).Get<TipLineOptions>() ?? new TipLineOptions();
var dataDirectory = Path.GetFullPath(tipLine.DataDirectory);

// The language models take seconds to load: they load on other threads while the policies are read and the host starts
// (the server says it is ready only once they are in; see Warmup).
var languageIdentifier = new LanguageIdentifier();
var languagesLoaded = Task.Run(languageIdentifier.Preload);
var extractorLoaded = Task.Run(() => new RecognizersEntityExtractor());

// A broken dialog or triage file stops the server here, with the file and line.
DialogSet dialogSet;
TriagePolicy triagePolicy;
try
{
    dialogSet = DialogSet.Load(tipLine.DialogsDirectory ?? RepositoryPaths.Find("dialogs"));
    triagePolicy = TriagePolicy.Load(tipLine.TriageDirectory ?? RepositoryPaths.Find("triage"));
}
catch (Exception e) when (e is DialogLoadException or TriagePolicyException)
{
    Console.Error.WriteLine(e.Message);
    return 1;
}
var models = new ModelPreload(languagesLoaded, extractorLoaded);

var secrets = LocalSecrets.LoadOrCreate(dataDirectory);
// The key file lives outside the data directory: a copy of ./data alone reveals nothing.
var keyFile = Path.GetFullPath(tipLine.KeyFile);
if (Path.GetFullPath(keyFile).StartsWith(Path.TrimEndingDirectorySeparator(dataDirectory) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
{
    Console.Error.WriteLine($"TipLine:KeyFile ({keyFile}) must not be inside the data directory ({dataDirectory}).");
    return 1;
}
var keyRing = KeyRing.LoadOrCreate(keyFile);
var twilio = builder.Configuration.GetSection(TwilioOptions.Section).Get<TwilioOptions>() ?? new TwilioOptions();
var intake = builder.Configuration.GetSection(CaseIntakeOptions.Section).Get<CaseIntakeOptions>() ?? new CaseIntakeOptions();

var services = builder.Services;
services.AddSingleton(TimeProvider.System);
services.AddSingleton(dialogSet);
services.AddSingleton(triagePolicy);
services.AddSingleton(sp => new TriageEngine(sp.GetRequiredService<TriagePolicy>(), sp.GetRequiredService<RecognizersEntityExtractor>()));
services.AddSingleton(languageIdentifier);
services.AddSingleton(models);
services.AddSingleton(_ => models.Extractor.GetAwaiter().GetResult());
services.AddSingleton<IAnswerRecognizer>(sp => sp.GetRequiredService<RecognizersEntityExtractor>());
services.AddSingleton(sp => new DialogRuntime(sp.GetRequiredService<DialogSet>(), sp.GetRequiredService<IAnswerRecognizer>()));
// Machine translation to English for the task force (Translator v3), outside every turn.
var translator = builder.Configuration.GetSection(TranslatorOptions.Section).Get<TranslatorOptions>() ?? new TranslatorOptions();
services.AddSingleton(translator);
services.AddSingleton(new TranslationSettings(translator.Enabled, translator.Enabled ? $"Translator v3 at {new Uri(translator.Endpoint!).Host}" : null));
if (translator.Enabled)
{
    services.AddHttpClient<TranslatorClient>().AddStandardResilienceHandler(resilience =>
    {
        // A slow translator must not hold tips: short attempts, a couple of retries with backoff, then the circuit opens.
        resilience.AttemptTimeout.Timeout = TimeSpan.FromSeconds(3);
        resilience.Retry.MaxRetryAttempts = 2;
        resilience.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(12);
    });
    services.AddHostedService<TranslationWorker>();
}
services.AddSingleton<TipRecordBuilder>();

services.AddSingleton(keyRing);
services.AddSingleton<FieldProtector>();
// SQLite under the data directory unless ConnectionStrings:TipLine names a PostgreSQL server.
var database = Database.Open(builder.Configuration.GetConnectionString("TipLine"), dataDirectory);
services.AddSingleton(database);
services.AddSingleton<IStorage, BotStateStorage>();
services.AddSingleton<WakeSignal<Outbox>>();
services.AddSingleton(sp => new TipStore(sp.GetRequiredService<Database>(), sp.GetRequiredService<WakeSignal<Outbox>>(), intake.Sinks(), sp.GetRequiredService<FieldProtector>()));
services.AddSingleton(sp => new Outbox(sp.GetRequiredService<Database>(), sp.GetRequiredService<FieldProtector>()));
services.AddSingleton<InboundLedger>();
services.AddSingleton<OptOuts>();
services.AddSingleton(new AddressHasher(keyRing.AddressKey));
services.AddSingleton<ConversationGate>();
services.AddSingleton<Leases>();
services.AddSingleton<TipSubmitter>();
services.AddSingleton<DurableTurn>();
services.AddSingleton<Escalations>();
services.AddSingleton<WakeSignal<Escalations>>();
services.AddSingleton<IDispatcherPager, TwilioDispatcherPager>();
services.AddSingleton<DispatcherSms>();
services.AddHostedService<PagingWorker>();
services.AddSingleton<IBot, TipLineBot>();
services.AddHostedService<IdleSubmitter>();
services.AddSingleton<Retention>();
services.AddSingleton<MediaStore>();
services.AddHostedService<RetentionWorker>();

services.AddSingleton(new IntakeSecret(string.IsNullOrEmpty(intake.Secret) ? secrets.CaseIntakeSecret : intake.Secret));
services.AddHttpClient<CaseIntakeClient>(CaseIntakeClient.HttpClientName)
    .ConfigureHttpClient(c => c.Timeout = TimeSpan.FromSeconds(Math.Max(1, intake.TimeoutSeconds)));
if (Uri.TryCreate(intake.Url, UriKind.Absolute, out var intakeUrl))
{
    services.AddSingleton<IIntakeSink>(sp => new WebhookSink(sp.GetRequiredService<CaseIntakeClient>(), intakeUrl, sp.GetRequiredService<IntakeSecret>()));
}
if (!string.IsNullOrWhiteSpace(intake.DropDirectory))
{
    services.AddSingleton<IIntakeSink>(new FileDropSink(Path.GetFullPath(intake.DropDirectory)));
}
services.AddSingleton<OutboxMonitor>();
services.AddHostedService<OutboxDelivery>();

services.AddSingleton(new TwilioCredentials(
    string.IsNullOrEmpty(twilio.AccountSid) ? "AC00000000000000000000000000000000" : twilio.AccountSid,
    string.IsNullOrEmpty(twilio.AuthToken) ? secrets.TwilioAuthToken : twilio.AuthToken));
services.AddTransient<TwilioBaseUrlHandler>();
services.AddHttpClient(TwilioRestSender.HttpClientName).AddHttpMessageHandler<TwilioBaseUrlHandler>();
services.AddSingleton<TwilioRestSender>();
services.AddSingleton<TwilioMediaStore>();
services.AddSingleton<IMiddleware>(sp => sp.GetRequiredService<TurnTelemetryMiddleware>());
services.AddSingleton<IMiddleware, OptOutMiddleware>();
services.AddSingleton<SmsAdapter>();
services.AddSingleton<SmsTurnProcessor>();
services.AddSingleton<IPendingTurns>(sp => sp.GetRequiredService<SmsTurnProcessor>());
services.AddSingleton<SmsWebhook>();
services.AddSingleton<SenderRateLimiter>();
// Web chat: the self-hosted Direct Line 3.0 service and the page.
var directLine = builder.Configuration.GetSection(DirectLineOptions.Section).Get<DirectLineOptions>() ?? new DirectLineOptions();
services.AddSingleton(sp => new DirectLineTokens(keyRing, string.IsNullOrEmpty(directLine.Secret) ? secrets.DirectLineSecret : directLine.Secret, sp.GetRequiredService<TimeProvider>()));
services.AddSingleton<DirectLineConversations>();
services.AddSingleton<DirectLineStreams>();
services.AddSingleton<TurnTelemetryMiddleware>();
services.AddSingleton<DirectLineAdapter>();
services.AddSingleton<DirectLineTurnProcessor>();
services.AddSingleton<IPendingTurns>(sp => sp.GetRequiredService<DirectLineTurnProcessor>());
services.AddSingleton<DirectLineService>();
services.AddSingleton<WebChatPage>();
// Azure Bot Service channels: the SDK's CloudAdapter, authenticated when MicrosoftAppId is set, anonymous when not.
services.AddSingleton<BotFrameworkAuthentication>(sp => new ConfigurationBotFrameworkAuthentication(builder.Configuration, logger: sp.GetRequiredService<ILogger<ConfigurationBotFrameworkAuthentication>>()));
services.AddSingleton(sp =>
{
    var adapter = new CloudAdapter(sp.GetRequiredService<BotFrameworkAuthentication>(), sp.GetRequiredService<ILogger<CloudAdapter>>());
    adapter.Use(sp.GetRequiredService<TurnTelemetryMiddleware>());
    return adapter;
});
services.AddSingleton<BotFrameworkTurns>();
services.AddSingleton<BotFrameworkEndpoint>();
services.AddSingleton<PendingSweeper>();

// The dispatcher console: Razor Pages, ASP.NET Core Identity (hashing, lockout, roles) and its cookie.
services.AddSingleton<Casework>();
services.AddSingleton<ConsoleEvents>();
services.AddScoped<TipActions>();
services.AddStaffDatabase(database);
services.AddIdentity<IdentityUser, IdentityRole>(StaffServices.Configure).AddEntityFrameworkStores<StaffDbContext>();
services.AddScoped<StaffDirectory>();
// A disabled or reset account is signed out within a minute, not at the cookie's expiry.
services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
services.ConfigureApplicationCookie(cookie =>
{
    cookie.Cookie.Name = "tipline-console";
    cookie.Cookie.Path = "/console";
    cookie.Cookie.HttpOnly = true;
    cookie.Cookie.SameSite = SameSiteMode.Strict;
    // Secure on every HTTPS request; plain HTTP reaches the console only from this machine (see below).
    cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
    cookie.LoginPath = "/console/login";
    cookie.AccessDeniedPath = "/console/login";
    cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
    cookie.SlidingExpiration = true;
});
services.AddAntiforgery(o =>
{
    o.Cookie.Name = "tipline-console-af";
    o.Cookie.Path = "/console";
    o.Cookie.SameSite = SameSiteMode.Strict;
    o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
});
// Cookie keys live beside the key ring, outside the data directory, and are shared by every instance that shares it.
services.AddDataProtection().SetApplicationName("TipLine").PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(Path.GetDirectoryName(keyFile)!, "dataprotection")));
services.AddAuthorizationBuilder().AddPolicy(StaffRoles.Dispatcher, policy => policy.RequireRole(StaffRoles.Dispatcher));
services.AddRazorPages(pages =>
{
    pages.RootDirectory = "/Console";
    pages.Conventions.AuthorizeFolder("/", StaffRoles.Dispatcher);
    pages.Conventions.AllowAnonymousToPage("/Login");
});
services.AddHostedService(sp => sp.GetRequiredService<PendingSweeper>());
// Per-IP limits for everything but Twilio's webhooks (signed, and limited per sender instead).
services.AddRateLimiter(limits =>
{
    limits.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
    limits.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http => http.Request.Path.StartsWithSegments("/sms")
        ? RateLimitPartition.GetNoLimiter("twilio")
        : RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, tipLine.RequestsPerMinutePerIp),
            Window = TimeSpan.FromMinutes(1),
        }));
});

services.AddSingleton<Readiness>();
services.AddSingleton<SecurityMetrics>();
// Meters are OpenTelemetry's: scraped at /metrics (Prometheus format); OTLP export when OTEL_EXPORTER_OTLP_ENDPOINT is set.
services.AddOpenTelemetry().WithMetrics(metrics =>
{
    metrics.AddMeter(OutboxMonitor.MeterName, SecurityMetrics.MeterName).AddPrometheusExporter();
    if (!string.IsNullOrEmpty(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"])) metrics.AddOtlpExporter();
});
services.AddHostedService<Warmup>();
services.AddProblemDetails();
services.AddExceptionHandler<DatabaseUnavailableHandler>();

var app = builder.Build();
await database.InitializeAsync();
using (var scope = app.Services.CreateScope())
{
    var admin = builder.Configuration.GetSection("TipLine:BootstrapAdmin");
    if (await scope.ServiceProvider.GetRequiredService<StaffDirectory>().BootstrapAsync(admin["User"], admin["Password"]) is { } created)
    {
        if (created.Succeeded) app.Logger.LogWarning("Created the first console administrator from TipLine:BootstrapAdmin; change its password with `tipline users reset`");
        else app.Logger.LogError("TipLine:BootstrapAdmin was not created: {Errors}", string.Join(" ", created.Errors));
    }
}
if (string.IsNullOrEmpty(twilio.AuthToken))
{
    app.Logger.LogWarning("Twilio:AuthToken is not set: webhooks are validated with the generated local token in {File} (for `tipline sms`)",
        Path.Combine(dataDirectory, LocalSecrets.FileName));
}

app.UseExceptionHandler();
app.UseRateLimiter();
// Nothing here is meant to be framed, sniffed or to leak where a visitor came from.
app.Use((http, next) =>
{
    var headers = http.Response.Headers;
    headers.XContentTypeOptions = "nosniff";
    headers.XFrameOptions = "DENY";
    headers["Referrer-Policy"] = "no-referrer";
    headers.ContentSecurityPolicy = http.Request.Path.StartsWithSegments("/console")
        ? "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
        : "default-src 'none'; frame-ancestors 'none'";
    headers.CacheControl = "no-store";
    return next(http);
});
app.UseStatusCodePages();
app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
app.UseStaticFiles();
// The console over plain HTTP only from this machine (local use, tests); anywhere else it needs HTTPS, directly
// or through a TLS proxy on this host that sets X-Forwarded-Proto.
app.UseForwardedHeaders(new ForwardedHeadersOptions { ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto });
app.Use((http, next) =>
{
    if (http.Request.Path.StartsWithSegments("/console") && !http.Request.IsHttps && http.Connection.RemoteIpAddress is { } remote && !System.Net.IPAddress.IsLoopback(remote))
    {
        http.Response.StatusCode = StatusCodes.Status403Forbidden;
        return http.Response.WriteAsync("The console is served over HTTPS only.");
    }
    return next(http);
});
app.UseAuthentication();
app.UseAuthorization();
app.MapGet("/health", async (Readiness readiness, OutboxMonitor outbox, Database database, CancellationToken ct) =>
{
    if (!readiness.IsReady) return Results.Json(new { status = "starting" }, statusCode: StatusCodes.Status503ServiceUnavailable);
    // A load balancer sends nothing here while this instance cannot reach the database.
    if (!await database.PingAsync(ct)) return Results.Json(new { status = "database unavailable" }, statusCode: StatusCodes.Status503ServiceUnavailable);
    var stats = outbox.Current;
    string[] alerts = stats.DeadLettered > 0 ? [$"{stats.DeadLettered} record(s) dead-lettered: see `tipline outbox`"] : [];
    return Results.Ok(new
    {
        status = "ready",
        outbox = new { pending = stats.Pending, failing = stats.Failing, deadLettered = stats.DeadLettered, oldestPendingSeconds = Math.Round(stats.OldestPendingSeconds) },
        alerts,
    });
});
app.MapPrometheusScrapingEndpoint("/metrics");
app.MapPost("/sms/inbound", (HttpContext http, SmsWebhook webhook) => webhook.InboundAsync(http));
app.MapPost("/sms/status", (HttpContext http, SmsWebhook webhook) => webhook.StatusAsync(http));

app.MapRazorPages();
app.MapGet("/console/events", (HttpContext http, ConsoleEvents events) => events.StreamAsync(http)).RequireAuthorization(StaffRoles.Dispatcher);
app.MapGet("/", (HttpContext http, WebChatPage page) => page.Page(http));
app.MapGet("/webchat/config", (WebChatPage page) => page.Config());
app.MapGet("/favicon.ico", (WebChatPage page) => page.Favicon());
app.MapPost("/webchat/token", (HttpContext http, DirectLineService directLine) => directLine.PageTokenAsync(http));
app.MapPost("/webchat/exit", (HttpContext http, DirectLineService directLine) => directLine.ExitAsync(http));
app.MapPost("/api/messages", (HttpContext http, BotFrameworkEndpoint endpoint) => endpoint.ProcessAsync(http));
var directLineApi = app.MapGroup("/v3/directline");
directLineApi.MapPost("/tokens/generate", (HttpContext http, DirectLineService service) => service.GenerateAsync(http));
directLineApi.MapPost("/tokens/refresh", (HttpContext http, DirectLineService service) => service.RefreshAsync(http));
directLineApi.MapPost("/conversations", (HttpContext http, DirectLineService service) => service.StartAsync(http));
directLineApi.MapGet("/conversations/{conversationId}", (HttpContext http, string conversationId, DirectLineService service) => service.ReconnectAsync(http, conversationId));
directLineApi.MapGet("/conversations/{conversationId}/activities", (HttpContext http, string conversationId, DirectLineService service) => service.GetActivitiesAsync(http, conversationId));
directLineApi.MapPost("/conversations/{conversationId}/activities", (HttpContext http, string conversationId, DirectLineService service) => service.PostActivityAsync(http, conversationId));
directLineApi.Map("/conversations/{conversationId}/stream", (HttpContext http, string conversationId, DirectLineService service) => service.StreamAsync(http, conversationId));

await app.RunAsync();
return 0;
