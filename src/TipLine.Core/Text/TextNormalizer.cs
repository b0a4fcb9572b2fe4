using System.Globalization;
using System.Text;

namespace TipLine.Core.Text;

/// <summary>
/// Folds text the way people type it on a phone: lower case, no accents, no punctuation at the ends,
/// single spaces. "¡No sé!" and "no se" compare equal. Hangul is left intact (NFC after stripping); Chinese is read
/// in Simplified characters.
/// </summary>
public static class TextNormalizer
{
    public static string Fold(string text)
    {
        var decomposed = Sanitize(text).Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var lastWasSpace = true;
        for (var i = 0; i < decomposed.Length; i++)
        {
            var c = decomposed[i];
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsWhiteSpace(c))
            {
                if (!lastWasSpace) sb.Append(' ');
                lastWasSpace = true;
                continue;
            }
            // Quotes around words ("getting 'shipped out'", "a «party»") are not part of them; an apostrophe inside
            // a word ("don't", "l'argent") is. Chinese, Japanese and Korean write no apostrophes: a quote touching their
            // letters ("把她“送给”一个老板", "“통장”에") is always around words.
            if (IsQuote(c) && (lastWasSpace || i + 1 == decomposed.Length || !char.IsLetterOrDigit(decomposed[i + 1])
                               || IsCjk(decomposed[i - 1]) || IsCjk(decomposed[i + 1]))) continue;
            if (Canonical(char.ToLowerInvariant(c)) is not Dropped and var canonical) sb.Append(canonical);
            lastWasSpace = false;
        }

        return sb.ToString().Normalize(NormalizationForm.FormC).Trim();
    }

    /// <summary>
    /// Chinese, Japanese and Korean letters (Hangul as syllables or as the jamo it decomposes into), CJK punctuation and
    /// compatibility ideographs: scripts that write no apostrophes, and whose words spaces do not always mark.
    /// </summary>
    public static bool IsCjk(char c) => c is >= '\u1100' and <= '\u11FF' or >= '\u2E80' and <= '\u9FFF' or >= '\uAC00' and <= '\uD7AF' or >= '\uF900' and <= '\uFAFF';

    private static bool IsQuote(char c) => c is '\'' or '"' or '\u2018' or '\u2019' or '\u201C' or '\u201D' or '`' or '«' or '»';

    /// <summary>
    /// One spelling for letters people type either way: curly and straight apostrophes, Vietnamese đ and d,
    /// Arabic alef forms, alef maqsura and ya, ta marbuta and ha, tatweel, Arabic-Indic digits, and Traditional
    /// and Simplified Chinese.
    /// </summary>
    private static char Canonical(char c) => c switch
    {
        '\u2019' or '\u2018' or '`' => '\'',
        'đ' => 'd',
        'أ' or 'إ' or 'آ' or 'ٱ' => 'ا',
        'ى' => 'ي',
        'ة' => 'ه',
        'ـ' => Dropped,
        >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
        >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
        _ => TraditionalChinese.Simplify(c),
    };

    /// <summary>What <see cref="Canonical"/> returns for a letter that is left out (the tatweel, which only stretches a word).</summary>
    private const char Dropped = '\0';

    /// <summary>
    /// Replaces lone UTF-16 surrogates (JSON can carry "\ud800") with U+FFFD: normalization, regexes and
    /// libraries throw on them, and no message may crash a turn.
    /// </summary>
    public static string Sanitize(string text)
    {
        char[]? fixedText = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }
            if (!char.IsSurrogate(c)) continue;
            fixedText ??= text.ToCharArray();
            fixedText[i] = '\uFFFD';
        }
        return fixedText is null ? text : new string(fixedText);
    }

    /// <summary><see cref="Fold"/>, then without leading and trailing punctuation ("skip!" → "skip").</summary>
    public static string FoldCommand(string text) =>
        Fold(text).Trim().Trim('.', ',', '!', '?', '¡', '¿', '"', '\'', '…', ';', ':', '-', ' ', '。', '！', '？');

    /// <summary>
    /// Words, as a reader would count them: space-separated tokens, and for Chinese (written without spaces)
    /// one word for about every two Han characters.
    /// </summary>
    public static int CountWords(string text)
    {
        var words = 0;
        foreach (var token in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var han = token.Count(c => c is >= '\u3400' and <= '\u9fff');
            words += han == 0 ? 1 : (han + 1) / 2 + (token.Any(c => char.IsLetter(c) && c < '\u3400') ? 1 : 0);
        }
        return words;
    }
}
