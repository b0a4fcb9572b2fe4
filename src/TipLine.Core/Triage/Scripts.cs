namespace TipLine.Core.Triage;

/// <summary>The writing systems the policy's languages use (Latin: the folded text's a–z).</summary>
[Flags]
public enum Scripts
{
    None = 0,
    Han = 1,
    Hangul = 2,
    Cyrillic = 4,
    Arabic = 8,
    Latin = 16,
}

/// <summary>
/// Which scripts a text is written in, and which a pattern needs. A Korean pattern made only of Hangul cannot match
/// a message with no Hangul in it, nor an English one made only of letters a message all in Chinese characters, so
/// triage skips them there: a regex call costs about half a microsecond however short the text, and a message used to
/// pay it for every pattern of every language.
/// </summary>
public static class ScriptSet
{
    public static Scripts Of(ReadOnlySpan<char> text)
    {
        var scripts = Scripts.None;
        foreach (var c in text) scripts |= Of(c);
        return scripts;
    }

    /// <summary>
    /// The scripts of a pattern's literal letters: it can only match a text that has one of them. Escapes (<c>\b</c>,
    /// <c>\d</c>), quantifiers (<c>{0,20}</c>), character classes and lookarounds add nothing (a lookaround's letters need
    /// not be in the match). <see cref="Scripts.None"/>, run on every text, for a pattern with a digit or a symbol of no
    /// script of ours among its literals ("119|구급차", "😂"): it might match without a letter.
    /// </summary>
    public static Scripts NeededBy(string pattern)
    {
        var scripts = Scripts.None;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            switch (c)
            {
                case '\\':
                    i++; // the escaped character is syntax (\b, \d, \w) or a literal of syntax (\., \?), never a letter
                    continue;
                case '[':
                    i = ClassEnd(pattern, i);
                    continue;
                case '(' when i + 2 < pattern.Length && pattern[i + 1] == '?' && (pattern[i + 2] is '=' or '!' || pattern[i + 2] == '<' && i + 3 < pattern.Length && pattern[i + 3] is '=' or '!'):
                    i = GroupEnd(pattern, i);
                    continue;
                case '(' when i + 2 < pattern.Length && pattern[i + 1] == '?' && pattern[i + 2] == '<':
                    i = pattern.IndexOf('>', i); // a group's name, not letters to match
                    continue;
                case '{' when pattern.IndexOf('}', i) is var close and > 0 && pattern[(i + 1)..close].All(d => char.IsAsciiDigit(d) || d == ','):
                    i = close; // a quantifier ({0,20}), not digits to match
                    continue;
            }
            if (char.IsAsciiDigit(c) || c > '\u007f' && Of(c) == Scripts.None) return Scripts.None;
            scripts |= Of(c);
        }
        return scripts;
    }

    private static int ClassEnd(string pattern, int start)
    {
        for (var i = start + 1; i < pattern.Length; i++)
        {
            if (pattern[i] == '\\') i++;
            else if (pattern[i] == ']' && i > start + 1) return i;
        }
        return pattern.Length;
    }

    private static int GroupEnd(string pattern, int start)
    {
        var depth = 0;
        for (var i = start; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\': i++; break;
                case '[': i = ClassEnd(pattern, i); break;
                case '(': depth++; break;
                case ')' when --depth == 0: return i;
            }
        }
        return pattern.Length;
    }

    private static Scripts Of(char c) => c switch
    {
        >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf' => Scripts.Han,
        >= '\uac00' and <= '\ud7af' or >= '\u1100' and <= '\u11ff' or >= '\u3130' and <= '\u318f' => Scripts.Hangul,
        >= '\u0400' and <= '\u04ff' => Scripts.Cyrillic,
        >= '\u0600' and <= '\u06ff' or >= '\u0750' and <= '\u077f' => Scripts.Arabic,
        >= 'a' and <= 'z' or >= 'A' and <= 'Z' => Scripts.Latin,
        _ => Scripts.None,
    };
}
