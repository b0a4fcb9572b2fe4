using System.Text.Json;
using System.Xml.Linq;

namespace TipLine.Cli.Simulator;

/// <summary>Posts a correctly signed incoming-SMS webhook to a running server and reads the TwiML reply.</summary>
public sealed class SmsSimulator(HttpClient http, string authToken, Uri server, string? publicBaseUrl)
{
    public const string DefaultAccountSid = "AC00000000000000000000000000000000";

    public async Task<(int Status, IReadOnlyList<string> Replies)> SendAsync(string from, string to, string body, IReadOnlyList<(string Url, string ContentType)>? media = null, string? messageSid = null, CancellationToken ct = default)
    {
        var form = TwilioWebhookSigner.IncomingSmsForm(DefaultAccountSid, messageSid ?? TwilioWebhookSigner.NewMessageSid(), from, to, body, media);
        var path = "/sms/inbound";
        var signedUrl = (publicBaseUrl ?? server.GetLeftPart(UriPartial.Authority)).TrimEnd('/') + path;
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(server, path)) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("X-Twilio-Signature", TwilioWebhookSigner.Sign(authToken, signedUrl, form));
        using var response = await http.SendAsync(request, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode) return ((int)response.StatusCode, []);
        return ((int)response.StatusCode, [.. XDocument.Parse(text).Descendants("Message").Select(m => m.Value)]);
    }

    /// <summary>The auth token a local server generated for itself (data/local-secrets.json), when none is configured.</summary>
    public static string? LocalAuthToken(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, "local-secrets.json");
        if (!File.Exists(path)) return null;
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return doc.RootElement.TryGetProperty("TwilioAuthToken", out var token) ? token.GetString() : null;
    }
}
