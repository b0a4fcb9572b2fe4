using System.Net.Http.Json;
using System.Text.Json.Serialization;

namespace TipLine.Bot.Translation;

/// <summary>The <c>Translator</c> section: a Translator v3 compatible service; unset means no machine translation.</summary>
public sealed class TranslatorOptions
{
    public const string Section = "Translator";

    public string? Endpoint { get; set; }
    public string? Key { get; set; }
    public string? Region { get; set; }

    public bool Enabled => Uri.TryCreate(Endpoint, UriKind.Absolute, out _);
}

/// <summary>
/// Translator v3 over <see cref="HttpClient"/> (<c>/translate</c> and <c>/detect</c>, <c>api-version=3.0</c>).
/// Azure.AI.Translation.Text is not served here and the protocol is two small JSON calls. Timeouts, retries
/// with backoff and the circuit breaker come from the resilience pipeline on the HttpClient (Polly via
/// Microsoft.Extensions.Http.Resilience), configured where the client is registered.
/// </summary>
public sealed class TranslatorClient(HttpClient http, TranslatorOptions options)
{
    private const int MaxTextsPerRequest = 100;

    public string Name => $"Translator v3 at {new Uri(options.Endpoint!).Host}";

    /// <summary>English for each text, in order. Throws when the service fails (the caller tries again later).</summary>
    public Task<IReadOnlyList<string>> ToEnglishAsync(IReadOnlyList<string> texts, CancellationToken ct) => TranslateAsync(texts, "en", ct);

    /// <summary>Each text in <paramref name="language"/> (one of ours: "zh" is sent as zh-Hans, "tl" as fil), in order.</summary>
    public async Task<IReadOnlyList<string>> TranslateAsync(IReadOnlyList<string> texts, string language, CancellationToken ct)
    {
        var to = language switch { "zh" => "zh-Hans", "tl" => "fil", _ => language };
        var english = new List<string>(texts.Count);
        foreach (var chunk in texts.Chunk(MaxTextsPerRequest))
        {
            using var request = Request($"translate?api-version=3.0&to={Uri.EscapeDataString(to)}", chunk.Select(t => new TextItem(t)).ToArray());
            using var response = await http.SendAsync(request, ct);
            response.EnsureSuccessStatusCode();
            var results = await response.Content.ReadFromJsonAsync<TranslateResult[]>(ct) ?? [];
            if (results.Length != chunk.Length) throw new HttpRequestException($"Translator answered {results.Length} results for {chunk.Length} texts.");
            english.AddRange(results.Select(r => r.Translations.FirstOrDefault()?.Text ?? throw new HttpRequestException("Translator answered no translation.")));
        }
        return english;
    }

    /// <summary>The language code Translator detects, or null.</summary>
    public async Task<string?> DetectAsync(string text, CancellationToken ct)
    {
        using var request = Request("detect?api-version=3.0", [new TextItem(text)]);
        using var response = await http.SendAsync(request, ct);
        response.EnsureSuccessStatusCode();
        var results = await response.Content.ReadFromJsonAsync<DetectResult[]>(ct) ?? [];
        return results.FirstOrDefault()?.Language;
    }

    private HttpRequestMessage Request(string pathAndQuery, TextItem[] body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(new Uri(options.Endpoint!.TrimEnd('/') + "/"), pathAndQuery))
        {
            Content = JsonContent.Create(body),
        };
        if (!string.IsNullOrEmpty(options.Key)) request.Headers.Add("Ocp-Apim-Subscription-Key", options.Key);
        if (!string.IsNullOrEmpty(options.Region)) request.Headers.Add("Ocp-Apim-Subscription-Region", options.Region);
        request.Headers.Add("X-ClientTraceId", Guid.NewGuid().ToString());
        return request;
    }

    private sealed record TextItem([property: JsonPropertyName("Text")] string Text);

    private sealed record TranslateResult([property: JsonPropertyName("translations")] Translation[] Translations);

    private sealed record Translation([property: JsonPropertyName("text")] string Text, [property: JsonPropertyName("to")] string To);

    private sealed record DetectResult([property: JsonPropertyName("language")] string Language, [property: JsonPropertyName("score")] double Score);
}
