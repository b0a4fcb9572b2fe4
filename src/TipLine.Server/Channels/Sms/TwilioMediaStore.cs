using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Options;
using TipLine.Bot.Storage;
using TipLine.Core.Tips;

namespace TipLine.Server.Channels.Sms;

/// <summary>
/// Fetches MMS media from Twilio (authenticated, only from Twilio's API host) and keeps it in the database by
/// its SHA-256 (<see cref="MediaStore"/>), so the tip carries content type, size and hash and the task force
/// fetches it from us, never from a public URL; then deletes Twilio's copy.
/// </summary>
public sealed partial class TwilioMediaStore(
    IHttpClientFactory httpClientFactory,
    TwilioRestSender rest,
    IOptions<TwilioOptions> twilio,
    TwilioCredentials credentials,
    MediaStore store,
    TimeProvider clock,
    ILogger<TwilioMediaStore> logger)
{
    public async Task<StoredMedia?> FetchAsync(string url, string contentType, CancellationToken ct)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || !IsTwilioMedia(uri))
        {
            logger.LogWarning("Ignored a media URL that is not Twilio's API");
            return null;
        }

        var http = httpClientFactory.CreateClient(TwilioRestSender.HttpClientName);
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.ASCII.GetBytes($"{credentials.AccountSid}:{credentials.AuthToken}")));
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
            if (!response.IsSuccessStatusCode)
            {
                logger.LogWarning("Media fetch answered {Status}", (int)response.StatusCode);
                return null;
            }

            var limit = twilio.Value.MaxMediaBytes;
            await using var body = await response.Content.ReadAsStreamAsync(ct);
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await body.ReadAsync(chunk, ct)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    logger.LogWarning("Media larger than {Limit} bytes was not stored", limit);
                    return null;
                }
                buffer.Write(chunk, 0, read);
            }

            var bytes = buffer.ToArray();
            var sha = await store.SaveAsync(bytes, contentType, clock.GetUtcNow(), ct);
            await DeleteFromTwilioAsync(uri);
            return new StoredMedia { ContentType = contentType, Size = bytes.Length, Sha256 = sha, FetchRef = "tipline-media:" + sha, ReceivedAt = clock.GetUtcNow() };
        }
        catch (HttpRequestException e)
        {
            logger.LogWarning("Media fetch failed: {Error}", e.Message);
            return null;
        }
    }

    private async Task DeleteFromTwilioAsync(Uri uri)
    {
        if (MediaPath().Match(uri.AbsolutePath) is not { Success: true } m) return;
        try
        {
            await rest.DeleteMediaAsync(m.Groups["message"].Value, m.Groups["media"].Value);
        }
        catch (Exception e) when (e is Twilio.Exceptions.ApiException or HttpRequestException or Twilio.Exceptions.ApiConnectionException)
        {
            // Stored safely with us; deleting the copy at Twilio can be retried by an operator. Never lose the photo over it.
            logger.LogWarning("Could not delete stored media from Twilio: {Exception}", e.GetType().Name);
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"/Messages/(?<message>MM[0-9a-fA-F]{32}|SM[0-9a-fA-F]{32})/Media/(?<media>ME[0-9a-fA-F]{32})")]
    private static partial System.Text.RegularExpressions.Regex MediaPath();

    private bool IsTwilioMedia(Uri uri)
    {
        var api = new Uri(twilio.Value.ApiBaseUrl);
        return (uri.Host == "api.twilio.com" || (uri.Host == api.Host && uri.Port == api.Port)) && uri.AbsolutePath.Contains("/Media/", StringComparison.Ordinal);
    }
}
