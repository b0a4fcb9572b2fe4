using System.Collections.Frozen;
using Lingua;
using TipLine.Core.Text;
using LinguaLanguage = Lingua.Language;

namespace TipLine.Core.Language;

/// <summary>
/// Detects a message's language among the product's eleven. Four of them have a script of their own (Korean,
/// Chinese, Russian, Arabic): the letters decide those. Lingua decides among the six written in Latin letters
/// (models preloaded: lazy loading makes a first message wait seconds), and our own check finds Haitian
/// Creole, which Lingua does not know. See shared/notes/language-libraries.md for the measurements behind
/// Lingua; leaving the four scripts to their letters saves its models for them (80 MB of memory, measured).
/// </summary>
public sealed class LanguageIdentifier
{
    public static readonly IReadOnlyList<string> Supported = ["en", "es", "pt", "fr", "zh", "vi", "ko", "ru", "ar", "tl", "ht"];

    private static readonly FrozenDictionary<LinguaLanguage, string> Codes = new Dictionary<LinguaLanguage, string>
    {
        [LinguaLanguage.English] = "en", [LinguaLanguage.Spanish] = "es", [LinguaLanguage.Portuguese] = "pt",
        [LinguaLanguage.French] = "fr", [LinguaLanguage.Vietnamese] = "vi", [LinguaLanguage.Tagalog] = "tl",
    }.ToFrozenDictionary();

    private readonly Lazy<LanguageDetector> _lingua = new(
        () => LanguageDetectorBuilder.FromLanguages([.. Codes.Keys]).WithPreloadedLanguageModels().Build(),
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Loads the models now (seconds, hundreds of MB) so that no message waits for them.</summary>
    public void Preload() => _ = _lingua.Value.DetectLanguageOf("warm up the language models");

    /// <summary>The language code, or null when the text gives no clue (empty, only digits or emoji).</summary>
    public string? Detect(string text)
    {
        if (!text.Any(char.IsLetter)) return null;
        if (Scripts.LanguageOf(text) is { } byScript) return byScript == Undetermined ? null : byScript;
        if (HaitianCreole.Looks(text)) return "ht";
        var detected = _lingua.Value.DetectLanguageOf(text);
        return UnaccentedVietnamese.Correct(Codes.GetValueOrDefault(detected), text);
    }

    /// <summary>The code for a language we could not identify among the eleven.</summary>
    public const string Undetermined = "und";

    /// <summary>
    /// Below this, Lingua's best guess among our ten models is no real match (German and Italian score 0.3–0.4;
    /// our languages 0.75–1.0). Conservative: some languages still pass as a close one (Polish as Vietnamese).
    /// </summary>
    private const double MinimumConfidence = 0.45;

    /// <summary>Like <see cref="Detect"/>, but <see cref="Undetermined"/> when the text matches none of the eleven well.</summary>
    public string? Identify(string text)
    {
        if (!text.Any(char.IsLetter)) return null;
        if (Scripts.LanguageOf(text) is { } byScript) return byScript;
        if (HaitianCreole.Looks(text)) return "ht";
        var confidences = _lingua.Value.ComputeLanguageConfidenceValues(text);
        var best = confidences.MaxBy(c => c.Value);
        var code = Codes.GetValueOrDefault(best.Key);
        // Unaccented Vietnamese is a poor match for every model, Tagalog the least poor: its function words decide first.
        if (UnaccentedVietnamese.Correct(code, text) is "vi") return "vi";
        return best.Value < MinimumConfidence ? Undetermined : code;
    }

    /// <summary>Whether a message is long enough to decide a conversation's language on (short ones are often wrong).</summary>
    public static bool IsDecisive(string text) => TextNormalizer.CountWords(text) >= 4;
}

/// <summary>
/// The language of a text by the script of its letters, when that script is one of our languages' own. A third
/// of the letters is enough: people who write Russian or Korean mix in English words ("my coworker Лена from
/// супермаркет"), while people who write English do not mix in Cyrillic. Letters mostly of a script none of our
/// languages uses (Japanese kana, Thai, Hebrew…) are <see cref="LanguageIdentifier.Undetermined"/>.
/// </summary>
internal static class Scripts
{
    public static string? LanguageOf(string text)
    {
        int latin = 0, hangul = 0, han = 0, cyrillic = 0, arabic = 0, other = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c)) continue;
            switch (c)
            {
                case < '\u0250' or (>= '\u1E00' and <= '\u1EFF'): latin++; break; // with Vietnamese's extended letters
                case >= '\u0400' and <= '\u052F': cyrillic++; break;
                case (>= '\u0600' and <= '\u06FF') or (>= '\u0750' and <= '\u077F') or (>= '\uFB50' and <= '\uFEFF'): arabic++; break;
                case (>= '\uAC00' and <= '\uD7AF') or (>= '\u1100' and <= '\u11FF') or (>= '\u3130' and <= '\u318F'): hangul++; break;
                case (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\uF900' and <= '\uFAFF'): han++; break;
                default: other++; break;
            }
        }
        var letters = latin + hangul + han + cyrillic + arabic + other;
        // Korean may carry Hanja; Chinese never carries Hangul.
        (string Language, int Count)[] own = [("ko", hangul + (hangul > 0 ? han : 0)), ("zh", hangul > 0 ? 0 : han), ("ru", cyrillic), ("ar", arabic)];
        var best = own.MaxBy(s => s.Count);
        if (best.Count * 3 >= letters) return best.Language;
        return other * 2 > letters ? LanguageIdentifier.Undetermined : null;
    }
}

/// <summary>
/// Vietnamese typed without its accents ("em so lam ong ta noi se giet em") reads to Lingua like Tagalog: its
/// function words, which Tagalog does not have, say otherwise. Asked only when Lingua says Tagalog.
/// </summary>
internal static class UnaccentedVietnamese
{
    private static readonly FrozenSet<string> Markers = new[]
    {
        "khong", "ko", "duoc", "dc", "nguoi", "nhung", "trong", "cua", "dang", "roi", "minh", "chung", "toi", "voi", "lam",
        "noi", "neu", "thi", "nay", "giet", "tron", "nha", "em", "anh", "chi", "ong", "bi", "se", "ve", "gi", "cho", "cuu",
        "giup", "tien", "viec", "dau", "den", "mot", "hai", "nhieu", "biet", "phai", "khach", "chu", "bo", "me",
    }.ToFrozenSet();

    public static string? Correct(string? detected, string text)
    {
        if (detected != "tl" || text.Any(c => c > '\u007F')) return detected;
        var words = TextNormalizer.Fold(text).Split([' ', ',', '.', '!', '?', ';', ':'], StringSplitOptions.RemoveEmptyEntries);
        var hits = words.Count(Markers.Contains);
        return hits >= 3 && hits * 3 >= words.Length ? "vi" : detected;
    }
}

/// <summary>
/// Haitian Creole by its function words: common in Kreyòl, rare or absent in French ("mwen", "nou", "yo",
/// "gen", "kounye a"). Lingua has no Haitian Creole model.
/// </summary>
internal static class HaitianCreole
{
    private static readonly FrozenSet<string> Markers = new[]
    {
        "mwen", "m", "nou", "yo", "gen", "nan", "kounye", "kounya", "tanpri", "ak", "pou", "ki", "fe", "yon",
        "anpil", "paske", "konnen", "pa", "ap", "pral", "moun", "bay", "fanm", "gason", "pitit", "timoun", "kote",
        "kay", "lakay", "jodi", "aswe", "demen", "zam", "lajan", "papye", "pasp", "chef", "travay", "bo", "isit",
        "ede", "sekou", "danje", "pe", "kenbe", "fèmen", "fanmi", "mache", "lopital", "mouri", "manje", "kijan",
        "poukisa", "kisa", "epi", "tou", "sou", "avek", "kounyeya", "rele", "vle", "dwe", "konn", "tande",
        "ti", "restavek", "lakou", "dlo", "tifi", "matant", "patwon", "bos", "jaden", "machin", "lekol", "aswe", "yo", "li",
    }.Select(TextNormalizer.Fold).ToFrozenSet();

    public static bool Looks(string text)
    {
        var words = TextNormalizer.Fold(text).Split([' ', ',', '.', '!', '?', ';', ':', '\''], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return false;
        var hits = words.Count(Markers.Contains);
        return hits >= 2 && hits * 5 >= words.Length;
    }
}
