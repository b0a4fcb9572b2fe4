using System.Security.Cryptography;
using System.Text;

namespace TipLine.Cli.Simulator;

/// <summary>
/// Computes <c>X-Twilio-Signature</c> as Twilio does for a form POST: HMAC-SHA1, keyed with the auth token,
/// of the full URL followed by every parameter name and value, sorted by name; base64. The server checks it
/// with the Twilio SDK's own RequestValidator, so the two implementations keep each other honest.
/// </summary>
public static class TwilioWebhookSigner
{
    public static string Sign(string authToken, string url, IEnumerable<KeyValuePair<string, string>> parameters)
    {
        var data = new StringBuilder(url);
        foreach (var (key, value) in parameters.OrderBy(p => p.Key, StringComparer.Ordinal)) data.Append(key).Append(value);
        return Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(authToken), Encoding.UTF8.GetBytes(data.ToString())));
    }

    /// <summary>The form fields Twilio sends for an incoming SMS or MMS.</summary>
    public static Dictionary<string, string> IncomingSmsForm(string accountSid, string messageSid, string from, string to, string body, IReadOnlyList<(string Url, string ContentType)>? media = null)
    {
        var form = new Dictionary<string, string>
        {
            ["ToCountry"] = "US", ["ToState"] = "", ["SmsMessageSid"] = messageSid, ["NumMedia"] = (media?.Count ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["ToCity"] = "", ["FromZip"] = "", ["SmsSid"] = messageSid, ["FromState"] = "", ["SmsStatus"] = "received", ["FromCity"] = "",
            ["Body"] = body, ["FromCountry"] = "US", ["To"] = to, ["ToZip"] = "", ["NumSegments"] = "1", ["MessageSid"] = messageSid,
            ["AccountSid"] = accountSid, ["From"] = from, ["ApiVersion"] = "2010-04-01",
        };
        for (var i = 0; i < (media?.Count ?? 0); i++)
        {
            form[$"MediaUrl{i}"] = media![i].Url;
            form[$"MediaContentType{i}"] = media[i].ContentType;
        }
        return form;
    }

    public static string NewMessageSid() => "SM" + Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
}
