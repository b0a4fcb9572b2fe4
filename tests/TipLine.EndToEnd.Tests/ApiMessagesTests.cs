using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using TipLine.EndToEnd.Tests.Harness;

namespace TipLine.EndToEnd.Tests;

/// <summary>/api/messages without an app id: anonymous, as the Bot Framework Emulator and local channels use it.</summary>
public class ApiMessagesTests(TipLineFixture fixture) : IClassFixture<TipLineFixture>
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    internal static object Message(string conversation, string text, string serviceUrl, string? deliveryMode = null) => new
    {
        type = "message",
        id = Guid.NewGuid().ToString("N"),
        channelId = "msteams",
        serviceUrl,
        deliveryMode,
        conversation = new { id = conversation },
        from = new { id = "29:user-" + conversation },
        recipient = new { id = "28:tipline" },
        text,
    };

    [Fact]
    public async Task ExpectReplies_answers_in_the_response_and_the_tip_is_a_botframework_record()
    {
        var conversation = "a:" + Guid.NewGuid().ToString("N");
        async Task<string> SayAsync(string text)
        {
            using var response = await fixture.Http.PostAsJsonAsync(new Uri(fixture.Server.BaseUrl, "/api/messages"), Message(conversation, text, "https://smba.invalid/", "expectReplies"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            return string.Join("\n", body.GetProperty("activities").EnumerateArray().Select(a => a.GetProperty("text").GetString()));
        }

        Assert.Contains("Is this about", await SayAsync("bf-marker: the landlord keeps six workers in the basement of the bakery and takes their pay"));
        Assert.Contains("Thank you", await SayAsync("done"));

        var record = await fixture.Intake.WaitForNarrativeAsync("bf-marker", Wait);
        Assert.Equal("botframework", record.GetProperty("channel").GetString());
        Assert.Equal("msteams", record.GetProperty("channelId").GetString());
        Assert.DoesNotContain(conversation, record.GetRawText());
    }

    [Fact]
    public async Task Replies_go_to_the_channels_connector_at_the_activitys_serviceUrl()
    {
        await using var connector = await FakeConnector.StartAsync();
        var conversation = "c:" + Guid.NewGuid().ToString("N");
        using var response = await fixture.Http.PostAsJsonAsync(new Uri(fixture.Server.BaseUrl, "/api/messages"),
            Message(conversation, "hello, I want to tell someone about a place", connector.BaseUrl.ToString()));
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}");

        var reply = await connector.WaitForReplyAsync(conversation, Wait);
        Assert.Contains("Is this about", reply.GetProperty("text").GetString());
        Assert.Equal("msteams", reply.GetProperty("channelId").GetString());
    }
}

/// <summary>
/// A server registered with an app id: requests must carry a channel token, checked against an OpenID
/// metadata document and signing key this fixture makes and serves over HTTPS on 127.0.0.1 (the real ones
/// live at login.botframework.com, which no machine here reaches). The server trusts the fixture's
/// certificate through SSL_CERT_FILE, as an operator would add a CA.
/// </summary>
public sealed class AuthenticatedBotFixture : TipLineFixture
{
    public const string AppId = "00000000-0000-0000-0000-0000000000a1";
    public const string Issuer = "https://api.botframework.com";
    public const string KeyId = "e2e-signing-key";

    private WebApplication? _metadata;
    private string _certificateFile = "";

    public RSA SigningKey { get; } = RSA.Create(2048);
    public Uri MetadataUrl { get; private set; } = null!;

    protected override IDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["MicrosoftAppId"] = AppId,
        ["MicrosoftAppPassword"] = "e2e-app-password",
        ["ToBotFromChannelOpenIdMetadataUrl"] = MetadataUrl.ToString(),
        // Naming one endpoint makes the SDK take all of them from configuration (as for a sovereign cloud).
        ["ToBotFromChannelTokenIssuer"] = Issuer,
        ["ToChannelFromBotLoginUrl"] = "https://login.microsoftonline.com/botframework.com",
        ["ToChannelFromBotOAuthScope"] = "https://api.botframework.com",
        ["OAuthUrl"] = "https://api.botframework.com",
        ["SSL_CERT_FILE"] = _certificateFile,
    };

    public override async Task InitializeAsync()
    {
        var port = Ports.Free();
        using var tlsKey = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", tlsKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new System.Security.Cryptography.Oid("1.3.6.1.5.5.7.3.1")], false));
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        var certificate = X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null);
        _certificateFile = Path.Combine(Repo.TempDirectory(), "metadata-ca.pem");
        await File.WriteAllTextAsync(_certificateFile, certificate.ExportCertificatePem());

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrelHttpsConfiguration();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port, listen => listen.UseHttps(certificate)));
        var app = builder.Build();
        var baseUrl = $"https://127.0.0.1:{port}";
        var parameters = SigningKey.ExportParameters(false);
        app.MapGet("/openid", () => Results.Json(new
        {
            issuer = Issuer,
            jwks_uri = $"{baseUrl}/keys",
            id_token_signing_alg_values_supported = new[] { "RS256" },
            token_endpoint_auth_methods_supported = new[] { "private_key_jwt" },
        }));
        app.MapGet("/keys", () => Results.Json(new
        {
            keys = new[]
            {
                new { kty = "RSA", use = "sig", kid = KeyId, n = Base64Url(parameters.Modulus!), e = Base64Url(parameters.Exponent!), endorsements = new[] { "msteams" } },
            },
        }));
        await app.StartAsync();
        _metadata = app;
        MetadataUrl = new Uri($"{baseUrl}/openid");
        await base.InitializeAsync();
    }

    /// <summary>A channel token as Azure Bot Service signs one (RS256, the service URL bound in a claim).</summary>
    public string Token(string serviceUrl, RSA? signer = null, string audience = AppId)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var header = Base64Url(JsonSerializer.SerializeToUtf8Bytes(new { alg = "RS256", kid = KeyId, typ = "JWT" }));
        var payload = Base64Url(JsonSerializer.SerializeToUtf8Bytes(new { iss = Issuer, aud = audience, serviceurl = serviceUrl, nbf = now - 60, iat = now - 60, exp = now + 600 }));
        var signature = (signer ?? SigningKey).SignData(Encoding.ASCII.GetBytes($"{header}.{payload}"), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return $"{header}.{payload}.{Base64Url(signature)}";
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_metadata is not null) await _metadata.DisposeAsync();
        SigningKey.Dispose();
    }
}

public class AuthenticatedApiMessagesTests(AuthenticatedBotFixture fixture) : IClassFixture<AuthenticatedBotFixture>
{
    private const string ServiceUrl = "https://smba.invalid/";

    private async Task<HttpResponseMessage> PostAsync(string? token, string text = "hello, I need to tell someone something", string serviceUrl = ServiceUrl)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(fixture.Server.BaseUrl, "/api/messages"))
        {
            Content = JsonContent.Create(ApiMessagesTests.Message("auth:" + Guid.NewGuid().ToString("N"), text, serviceUrl, "expectReplies")),
        };
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await fixture.Http.SendAsync(request);
    }

    [Fact]
    public async Task A_request_signed_by_the_channel_key_is_answered()
    {
        using var response = await PostAsync(fixture.Token(ServiceUrl));
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {fixture.Server.Output}");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("Is this about", body.GetProperty("activities")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task Unsigned_forged_misaddressed_and_rebound_requests_are_refused()
    {
        using var unsigned = await PostAsync(null);
        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);

        using var other = RSA.Create(2048);
        using var forged = await PostAsync(fixture.Token(ServiceUrl, signer: other));
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);

        using var wrongAudience = await PostAsync(fixture.Token(ServiceUrl, audience: "someone-else"));
        Assert.Equal(HttpStatusCode.Unauthorized, wrongAudience.StatusCode);

        // A token for one service URL cannot make the bot send replies somewhere else.
        using var rebound = await PostAsync(fixture.Token(ServiceUrl), serviceUrl: "https://attacker.invalid/");
        Assert.Equal(HttpStatusCode.Unauthorized, rebound.StatusCode);
    }
}
