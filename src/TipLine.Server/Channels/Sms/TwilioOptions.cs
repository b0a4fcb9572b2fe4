namespace TipLine.Server.Channels.Sms;

/// <summary>The <c>Twilio</c> configuration section.</summary>
public sealed class TwilioOptions
{
    public const string Section = "Twilio";

    public string? AccountSid { get; set; }
    public string? AuthToken { get; set; }
    public string? PhoneNumber { get; set; }

    /// <summary>The public URL Twilio calls; signatures are computed over it, not over the local address.</summary>
    public string? PublicBaseUrl { get; set; }

    public string ApiBaseUrl { get; set; } = "https://api.twilio.com";

    /// <summary>A turn slower than this answers the webhook empty and sends its replies through the REST API (Twilio waits 15 s).</summary>
    public double ReplyDeadlineSeconds { get; set; } = 10;

    /// <summary>Texts one sender may send a minute before the bot holds their turns (nothing is lost; they run later).</summary>
    public int MaxTextsPerMinute { get; set; } = 20;

    /// <summary>MMS media larger than this is not stored (Twilio's own limit is 5 MB).</summary>
    public long MaxMediaBytes { get; set; } = 5 * 1024 * 1024;
}
