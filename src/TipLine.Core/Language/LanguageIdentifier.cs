using System.Collections.Frozen;
using System.Text;
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
        () => LanguageDetectorBuilder.FromLanguages([.. Codes.Keys]).WithPreloadedLanguageModels().WithLowAccuracyMode().Build(),
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Loads the models now (seconds, hundreds of MB) so that no message waits for them.</summary>
    public void Preload() => _ = _lingua.Value.DetectLanguageOf("warm up the language models");

    /// <summary>The language code, or null when the text gives no clue (empty, only digits or emoji).</summary>
    public string? Detect(string text)
    {
        if (!text.Any(char.IsLetter)) return null;
        if (ByLettersAndWords(text) is { } known) return known == Undetermined ? null : known;
        var detected = _lingua.Value.DetectLanguageOf(text);
        return FunctionWords.Arbitrate(UnaccentedVietnamese.Correct(Codes.GetValueOrDefault(detected), text), text);
    }

    /// <summary>The code for a language we could not identify among the eleven.</summary>
    public const string Undetermined = "und";

    /// <summary>
    /// Below this, Lingua's best guess among our models is no real match (measured with its high-accuracy models: German
    /// and Italian 0.3–0.4, ours 0.75–1.0; its trigram models score other languages higher, so the small words are asked
    /// first). Conservative: some languages still pass as a close one (Italian as French, Dutch as English).
    /// </summary>
    private const double MinimumConfidence = 0.45;

    /// <summary>Like <see cref="Detect"/>, but <see cref="Undetermined"/> when the text matches none of the eleven well.</summary>
    public string? Identify(string text)
    {
        if (!text.Any(char.IsLetter)) return null;
        if (ByLettersAndWords(text) is { } known) return known;
        if (FunctionWords.NoneOfOurs(text)) return Undetermined;
        var confidences = _lingua.Value.ComputeLanguageConfidenceValues(text);
        var best = confidences.MaxBy(c => c.Value);
        var code = Codes.GetValueOrDefault(best.Key);
        // Unaccented Vietnamese is a poor match for every model, Tagalog the least poor: its function words decide first.
        if (UnaccentedVietnamese.Correct(code, text) is "vi") return "vi";
        // Lingua's trigrams are unsure of short texts ("hello? is this the tip line?"): clear small words still decide.
        if (best.Value < MinimumConfidence) return FunctionWords.Clear(text) ?? Undetermined;
        return FunctionWords.Arbitrate(code, text);
    }

    /// <summary>
    /// What the letters (a script of its own, letters only Vietnamese writes) or Haitian Creole's small words decide
    /// before Lingua is asked: a code, <see cref="Undetermined"/> for a script none of ours uses, or null.
    /// </summary>
    private static string? ByLettersAndWords(string text) =>
        Scripts.LanguageOf(text) ?? (HaitianCreole.Looks(text) ? "ht" : VietnameseLetters.Mark(text) ? "vi" : null);

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
/// Vietnamese typed without its accents ("em so lam ong ta noi se giet em") reads to Lingua like Tagalog or French:
/// its function words, which those languages do not have, say otherwise. Asked only of text without accents.
/// </summary>
internal static class UnaccentedVietnamese
{
    public static readonly FrozenSet<string> Markers = new[]
    {
        "khong", "ko", "duoc", "dc", "nguoi", "nhung", "trong", "cua", "dang", "roi", "minh", "chung", "toi", "voi", "lam",
        "noi", "neu", "thi", "nay", "giet", "tron", "nha", "em", "anh", "chi", "ong", "bi", "se", "ve", "gi", "cho", "cuu",
        "giup", "tien", "viec", "dau", "den", "mot", "hai", "nhieu", "biet", "phai", "khach", "chu", "bo", "me",
    }.ToFrozenSet();

    public static string? Correct(string? detected, string text)
    {
        if (detected is null or "vi" || text.Any(c => c > '\u007F')) return detected;
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
        "bezwen", "zanmi", "sekirite", "mesi",
        // Question words and short answers a hotline hears ("èske sèvis la gratis?"); none is a French word once folded.
        "eske", "sevis", "konbyen", "kile", "kiyes", "koman", "anyen", "pesonn", "janm", "toujou", "selman", "pwoblem",
        "enfomasyon", "byen", "gade", "chak", "kek", "wi", "konsa", "polis", "lapolis",
    }.Select(TextNormalizer.Fold).ToFrozenSet();

    public static bool Looks(string text)
    {
        // English "i'm" split at its apostrophe leaves Kreyòl's "m" ("i'm done, i'm holding…" was Haitian).
        var folded = TextNormalizer.Fold(text).Replace("i'm", "im", StringComparison.Ordinal).Replace("i’m", "im", StringComparison.Ordinal);
        var words = folded.Split([' ', ',', '.', '!', '?', ';', ':', '\''], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return false;
        var hits = words.Count(Markers.Contains);
        return hits >= 2 && hits * 5 >= words.Length;
    }
}

/// <summary>
/// Letters only Vietnamese writes among our languages (ă, đ, ơ, ư and the stacked tone marks of Unicode's Latin
/// Extended Additional block: ạ, ố, ữ…); ê, ô, â and ã are French and Portuguese too, so they do not count.
/// </summary>
internal static class VietnameseLetters
{
    public static bool Mark(string text) => text.Count(c => char.ToLowerInvariant(c) is 'ă' or 'đ' or 'ơ' or 'ư' or (>= '\u1EA0' and <= '\u1EF9')) >= 2;
}

/// <summary>
/// A second opinion on Lingua's trigram guess among the Latin-script languages, from the small words each uses
/// and the others do not ("los", "del" against "os", "do"; "ang", "mga" against "the", "her"). Lingua runs in its
/// low-accuracy mode (trigrams only: 240 MB less memory, measured on the labelled sets with
/// <c>tipline triage eval</c>), which confuses close languages on slang and short texts; these words overrule it
/// only when they clearly name another language.
/// </summary>
internal static class FunctionWords
{
    // Frequent in one language and rare in the other five (so not "a", "la", "no", "que", "para", "na", "may", "at"): a word
    // listed under two languages is dropped from both.
    private static readonly FrozenDictionary<string, string> Owner = new Dictionary<string, string[]>
    {
        ["en"] = ["the", "and", "is", "are", "was", "were", "he", "she", "they", "her", "his", "him", "my", "i", "you", "with", "of",
            "to", "in", "into", "from", "this", "that", "it", "but", "not", "have", "has", "there", "what", "im", "dont", "cant",
            "can", "will", "would", "maybe", "saw", "just", "idk", "n", "u", "wat", "our", "we", "been", "be", "so", "some", "who",
            "those", "these", "here", "through", "all", "out", "about", "like", "any", "anyone", "does", "do", "did", "them", "their",
            "there", "when", "where", "why", "how", "if", "or", "up", "by", "for", "an", "its", "thanks", "yes"],
        ["es"] = ["el", "los", "las", "del", "y", "una", "hay", "muy", "pero", "con", "su", "sus", "yo", "ella", "ellos",
            "lo", "al", "es", "por", "donde", "tiene", "tienen", "tengo", "estoy", "ahora", "mi", "unos", "unas", "ese", "esa", "eso",
            "porque", "cuando", "ya", "aqui", "le", "les", "va", "estan", "hace", "todos", "todas", "ni", "nada",
            "algo", "alguien", "unos", "otro", "otra", "son", "gracias", "porfa", "xfa", "ustedes"],
        ["pt"] = ["os", "do", "da", "dos", "das", "nas", "nao", "uma", "um", "voce", "ele", "ela", "eles", "elas", "com", "tem",
            "sao", "isso", "muito", "estou", "agora", "minha", "meu", "pra", "ao", "uns", "umas", "esse", "essa", "tambem", "quando",
            "ja", "aqui", "lhe", "pro", "pros", "vao", "vai", "ta", "sao", "todos", "todas", "nada", "algo", "alguem", "outro",
            "outra", "sem", "nem", "ou", "foi", "obrigado", "obrigada", "sim", "pfv", "vc", "voces", "mesmo", "mesma", "ainda",
            "entao", "depois", "num", "numa", "dele", "dela", "deles", "delas", "pelo", "pela", "pelos", "pelas", "seu", "sua",
            "proprio", "propria", "gostaria", "posso"],
        ["fr"] = ["et", "est", "il", "elle", "ils", "elles", "je", "j", "nous", "vous", "pas", "une", "des", "du", "dans", "sur",
            "avec", "qui", "ce", "cette", "mon", "au", "aux", "ne", "n", "c", "qu", "l", "d", "s", "m", "sont", "ont", "fait", "chez",
            "moi", "toi", "lui", "suis", "jsuis", "ai", "mes", "ses", "tes", "merci", "oui", "tres", "ici", "toutes", "tous", "rue",
            "leurs", "depuis", "patron", "les", "le", "pour", "demain", "aussi", "encore", "parce", "quand", "comme", "peut",
            "veut", "tout", "rien", "mere", "pere", "soeur", "frere", "tante", "oncle", "soir", "nuit", "matin", "travail"],
        // Not "sa": French writes it as often ("sa mère"), so it is among the shared words below.
        ["tl"] = ["ang", "ng", "mga", "ako", "siya", "sila", "niya", "nila", "po", "yung", "hindi", "lang", "kasi", "kung",
            "ay", "naman", "din", "rin", "ba", "akin", "kami", "namin", "natin", "kayo", "nang", "yun", "dito", "doon", "wala",
            "salamat", "opo", "pwede", "puwede"],
    }.SelectMany(kv => kv.Value.Distinct().Select(w => (Word: w, Language: kv.Key)))
        .GroupBy(x => x.Word).Where(g => g.Count() == 1).ToFrozenDictionary(g => g.Key, g => g.Single().Language);

    // Small words several of ours share: no help telling them apart, but still a sign of one of them ("está" is as
    // Portuguese as it is Spanish: owned by Spanish, it once turned short Portuguese texts Spanish).
    private static readonly FrozenSet<string> Shared = new[]
    {
        "a", "de", "la", "que", "en", "no", "se", "me", "te", "o", "e", "na", "para", "como", "mas", "at", "may", "ko", "si", "ni", "esta",
        "as", "on", "un", "son", "sa", "ma", "mi", "y", "por",
    }.ToFrozenSet();

    // Letters none of our Latin-script languages writes (German, Polish, Czech, Nordic, Turkish, Romanian, Hungarian).
    private static readonly FrozenSet<char> ForeignLetters = "äößłżźąęśćńřčšžěůőűåøæğşıțș".ToFrozenSet();

    private static readonly char[] Separators = [' ', ',', '.', '!', '?', ';', ':', '\'', '’', '"', '(', ')'];

    /// <summary>
    /// Letters none of ours writes, or five words or more and hardly a small word of ours (fewer than one in eight; in
    /// our tips it is one in three or four): another language (German, Polish), however Lingua's trigrams read it.
    /// Italian and Dutch share enough small words with ours ("il", "in", "de") to pass: seen, left.
    /// </summary>
    public static bool NoneOfOurs(string text)
    {
        if (text.Count(c => ForeignLetters.Contains(char.ToLowerInvariant(c))) >= 2) return true;
        var words = Words(text);
        return words.Length >= 5 && words.Count(w => Owner.ContainsKey(w) || Shared.Contains(w) || UnaccentedVietnamese.Markers.Contains(w)) * 8 < words.Length;
    }

    /// <summary>The language whose small words clearly dominate (three or more, twice any other's), or null.</summary>
    public static string? Clear(string text)
    {
        var counts = CountByLanguage(text);
        if (counts.Count == 0) return null;
        var (best, hits) = counts.MaxBy(c => c.Value);
        return hits >= 3 && counts.Where(c => c.Key != best).All(c => hits >= 2 * c.Value) ? best : null;
    }

    /// <summary>Lingua's guess, unless the small words clearly name another of the Latin-script languages.</summary>
    public static string? Arbitrate(string? detected, string text)
    {
        if (detected is not ("en" or "es" or "pt" or "fr" or "tl")) return detected;
        var counts = CountByLanguage(text);
        if (counts.Count == 0) return detected;
        var (best, hits) = counts.MaxBy(c => c.Value);
        var guessed = counts.GetValueOrDefault(detected);
        // Clearly another language: none of the guessed language's words, or three of another's and twice as many.
        return best != detected && (guessed == 0 || hits >= 3 && hits >= 2 * guessed) ? best : detected;
    }

    private static string[] Words(string text) => TextNormalizer.Fold(text).Split(Separators, StringSplitOptions.RemoveEmptyEntries);

    // Spanish says "no" before a verb ("no está respirando"); Portuguese says "não", and its "no" ("in the") comes before
    // a noun. So "no" followed by one of these is Spanish, though either word alone is shared (not "me": "no, me neither").
    private static readonly FrozenSet<string> VerbsAfterSpanishNo = new[]
    {
        "esta", "estan", "es", "son", "puede", "pueden", "puedo", "quiere", "quieren", "quiero", "hay", "tiene", "tienen", "tengo",
        "sabe", "se", "le", "les", "lo", "nos", "respira", "despierta", "responde", "contesta", "deja", "dejan",
    }.ToFrozenSet();

    private static Dictionary<string, int> CountByLanguage(string text)
    {
        var counts = new Dictionary<string, int>();
        var words = text.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            var folded = TextNormalizer.Fold(words[i]);
            if (folded == "no" && i + 1 < words.Length && VerbsAfterSpanishNo.Contains(TextNormalizer.Fold(words[i + 1])))
            {
                counts["es"] = counts.GetValueOrDefault("es") + 1;
                continue;
            }
            if (!Owner.TryGetValue(folded, out var language)) continue;
            // English and Tagalog write no accents: "só" and "dó" are Portuguese words, not "so" and "do".
            if (language is "en" or "tl" && !Ascii.IsValid(words[i])) continue;
            counts[language] = counts.GetValueOrDefault(language) + 1;
        }
        return counts;
    }
}
