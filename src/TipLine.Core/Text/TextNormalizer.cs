using System.Globalization;
using System.Text;

namespace TipLine.Core.Text;

/// <summary>
/// Folds text the way people type it on a phone: lower case, no accents, no punctuation at the ends,
/// single spaces. "¡No sé!" and "no se" compare equal. Hangul and CJK are left intact (NFC after stripping).
/// </summary>
public static class TextNormalizer
{
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var lastWasSpace = true;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsWhiteSpace(c))
            {
                if (!lastWasSpace) sb.Append(' ');
                lastWasSpace = true;
                continue;
            }
            sb.Append(Canonical(char.ToLowerInvariant(c)));
            lastWasSpace = false;
        }

        return sb.ToString().Normalize(NormalizationForm.FormC).Trim();
    }

    /// <summary>
    /// One spelling for letters people type either way: curly and straight apostrophes, Vietnamese đ and d,
    /// Arabic alef forms, alef maqsura and ya, ta marbuta and ha, tatweel, and Arabic-Indic digits.
    /// </summary>
    private static string Canonical(char c) => c switch
    {
        '\u2019' or '\u2018' or '`' => "'",
        'đ' => "d",
        'أ' or 'إ' or 'آ' or 'ٱ' => "ا",
        'ى' => "ي",
        'ة' => "ه",
        'ـ' => "",
        >= '\u0660' and <= '\u0669' => ((char)('0' + (c - '\u0660'))).ToString(),
        >= '\u06F0' and <= '\u06F9' => ((char)('0' + (c - '\u06F0'))).ToString(),
        _ => c.ToString(),
    };

    /// <summary><see cref="Fold"/>, then without leading and trailing punctuation ("skip!" → "skip").</summary>
    public static string FoldCommand(string text) =>
        Fold(text).Trim().Trim('.', ',', '!', '?', '¡', '¿', '"', '\'', '…', ';', ':', '-', ' ', '。', '！', '？');

    public static int CountWords(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
