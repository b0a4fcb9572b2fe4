using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace TipLine.EndToEnd.Tests.Harness;

public enum TranslatorMode { Up, Down, Slow, Error }

/// <summary>
/// A local Translator v3: <c>POST /translate?api-version=3.0&amp;to=en</c> and <c>/detect</c> with the service's
/// JSON. Its "English" is the original marked with [en], so a test can tell a translation from the source.
/// </summary>
public sealed class FakeTranslator : IAsyncDisposable
{
    public const string Key = "e2e-translator-key";
    private readonly WebApplication _app;

    private FakeTranslator(WebApplication app, Uri endpoint)
    {
        _app = app;
        Endpoint = endpoint;
    }

    public Uri Endpoint { get; }
    public TranslatorMode Mode { get; set; } = TranslatorMode.Up;
    public ConcurrentQueue<string> Translated { get; } = new();
    public int Failures;

    public static string English(string original) => Into("en", original);

    /// <summary>What the fake answers for a text translated into <paramref name="to"/> (a Translator code: es, zh-Hans, fil…).</summary>
    public static string Into(string to, string original) => $"[{to}] " + original;

    private static readonly HashSet<string> Targets = ["en", "es", "pt", "fr", "zh-Hans", "vi", "ko", "ru", "ar", "fil", "ht"];

    public static async Task<FakeTranslator> StartAsync()
    {
        var (app, baseUrl) = LocalHttpServer.Create();
        var fake = new FakeTranslator(app, baseUrl);

        app.MapPost("/translate", async (HttpContext http) =>
        {
            var to = http.Request.Query["to"].ToString();
            if (http.Request.Query["api-version"] != "3.0" || !Targets.Contains(to)) return Results.BadRequest();
            if (http.Request.Headers["Ocp-Apim-Subscription-Key"] != Key) return Results.Json(new { error = new { code = 401000, message = "bad key" } }, statusCode: 401);
            if (await fake.FailAsync() is { } failure) return failure;
            var items = await JsonSerializer.DeserializeAsync<JsonElement>(http.Request.Body);
            var results = items.EnumerateArray().Select(i => i.GetProperty("Text").GetString()!).Select(text =>
            {
                fake.Translated.Enqueue(text);
                return new { detectedLanguage = new { language = "xx", score = 1.0 }, translations = new[] { new { text = Into(to, text), to } } };
            });
            return Results.Json(results);
        });
        app.MapPost("/detect", async (HttpContext http) =>
        {
            if (await fake.FailAsync() is { } failure) return failure;
            return Results.Json(new[] { new { language = "de", score = 0.9, isTranslationSupported = true, isTransliterationSupported = false } });
        });
        await app.StartAsync();
        return fake;
    }

    private async Task<IResult?> FailAsync()
    {
        switch (Mode)
        {
            case TranslatorMode.Down:
                Interlocked.Increment(ref Failures);
                return Results.StatusCode(503);
            case TranslatorMode.Error:
                Interlocked.Increment(ref Failures);
                return Results.Json(new { error = new { code = 400036, message = "The target language is not valid." } }, statusCode: 400);
            case TranslatorMode.Slow:
                Interlocked.Increment(ref Failures);
                await Task.Delay(TimeSpan.FromSeconds(8));
                return null;
            default:
                return null;
        }
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
