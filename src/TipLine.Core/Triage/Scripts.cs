namespace TipLine.Core.Triage;

/// <summary>The writing systems besides the Latin alphabet that the policy's languages use.</summary>
[Flags]
public enum Scripts
{
    None = 0,
    Han = 1,
    Hangul = 2,
    Cyrillic = 4,
    Arabic = 8,
}

/// <summary>
/// Which scripts a text is written in, and which a pattern needs. A Korean pattern made only of Hangul cannot match
/// a message with no Hangul in it, so triage skips it there: a regex call costs about half a microsecond however short
/// the text, and a message used to pay it for every pattern of every language.
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
    /// The scripts a pattern's literal letters are written in, when it has no Latin letter or digit of its own (outside
    /// escapes such as <c>\b</c> and <c>\d</c>, and quantifiers such as <c>{0,20}</c>): it can only match text that has one of them. <see cref="Scripts.None"/>
    /// for any pattern that might match without them ("119|구급차" might: it is run on every text).
    /// </summary>
    public static Scripts NeededBy(string pattern)
    {
        var scripts = Scripts.None;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\')
            {
                i++; // the escaped character is syntax (\b, \d, \w) or a literal of syntax (\., \?), never a letter of ours
                continue;
            }
            if (c == '{' && pattern.IndexOf('}', i) is var close and > 0 && pattern[(i + 1)..close].All(d => char.IsAsciiDigit(d) || d == ','))
            {
                i = close; // a quantifier ({0,20}), not digits to match
                continue;
            }
            if (char.IsAsciiLetterOrDigit(c)) return Scripts.None;
            scripts |= Of(c);
        }
        return scripts;
    }

    private static Scripts Of(char c) => c switch
    {
        >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf' => Scripts.Han,
        >= '\uac00' and <= '\ud7af' or >= '\u1100' and <= '\u11ff' or >= '\u3130' and <= '\u318f' => Scripts.Hangul,
        >= '\u0400' and <= '\u04ff' => Scripts.Cyrillic,
        >= '\u0600' and <= '\u06ff' or >= '\u0750' and <= '\u077f' => Scripts.Arabic,
        _ => Scripts.None,
    };
}
