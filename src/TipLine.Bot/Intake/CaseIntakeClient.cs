using System.Net.Http.Headers;
using System.Text;
using TipLine.Bot.Storage;

namespace TipLine.Bot.Intake;

/// <summary>POSTs one record revision to case intake, signed and with its idempotency key. Any 2xx is an acknowledgement.</summary>
public sealed class CaseIntakeClient(HttpClient http, TimeProvider clock)
{
    public const string HttpClientName = "case-intake";

    public async Task<(bool Delivered, string? Error)> SendAsync(Uri url, string secret, OutboxEntry entry, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(entry.Payload, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        request.Headers.Add(IntakeSignature.Header, IntakeSignature.Create(secret, clock.GetUtcNow(), entry.Payload));
        request.Headers.Add("Idempotency-Key", $"{entry.TipId}:{entry.Revision}");
        try
        {
            using var response = await http.SendAsync(request, ct);
            return response.IsSuccessStatusCode ? (true, null) : (false, $"HTTP {(int)response.StatusCode}");
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or TimeoutException && !ct.IsCancellationRequested)
        {
            return (false, e.GetType().Name + ": " + e.Message);
        }
    }
}
