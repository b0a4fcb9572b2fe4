using System.Text;

namespace TipLine.Core.Triage;

/// <summary>
/// Texts one of which every match of a pattern contains: <c>\bpassports?\b|\bpapers\b</c> cannot match a text without
/// "passport" or "papers" in it. A message has few of the policy's words, so <see cref="LiteralGate"/> runs a pattern
/// only where one of its literals is. The reading is conservative: a construct it does not follow (inline options,
/// conditionals, class subtraction), or a branch with no literal it must contain (<c>\w+</c>), gives <c>null</c>, and the
/// pattern runs on every text.
/// </summary>
/// <remarks>
/// .NET parses patterns into a tree it does not expose, so this reads the subset the policy writes: alternation, groups,
/// lookarounds (which match no text), classes, escapes and quantifiers.
/// </remarks>
public static class RequiredLiterals
{
    public static IReadOnlyList<string>? Of(string pattern)
    {
        var parser = new Parser(pattern);
        try
        {
            var required = parser.Alternation();
            return parser.AtEnd && required is not null ? Shortest(required) : null;
        }
        catch (UnsupportedSyntax)
        {
            return null;
        }
    }

    // A text containing "passport" contains "pass" too: of two literals where one holds the other, the shorter suffices.
    private static List<string> Shortest(HashSet<string> literals)
    {
        var kept = new List<string>();
        foreach (var literal in literals.OrderBy(l => l.Length).ThenBy(l => l, StringComparer.Ordinal))
        {
            if (!kept.Any(k => literal.Contains(k, StringComparison.Ordinal))) kept.Add(literal);
        }
        return kept;
    }

    private sealed class UnsupportedSyntax : Exception;

    /// <summary>One element of a sequence: a literal character, or what a match of it must contain (null: nothing known).</summary>
    private readonly record struct Term(char? Literal, HashSet<string>? Required);

    private sealed class Parser(string pattern)
    {
        private int _at;

        public bool AtEnd => _at == pattern.Length;

        private char? Peek => _at < pattern.Length ? pattern[_at] : null;

        /// <summary>Every branch must give a set, and a match contains one of their union.</summary>
        public HashSet<string>? Alternation()
        {
            var union = Sequence();
            while (Peek == '|')
            {
                _at++;
                var branch = Sequence();
                union = union is null || branch is null ? null : [.. union, .. branch];
            }
            return union;
        }

        /// <summary>The most telling set among the sequence's required parts: runs of literal characters and mandatory groups.</summary>
        private HashSet<string>? Sequence()
        {
            HashSet<string>? best = null;
            var run = new StringBuilder();
            while (Peek is { } c && c != '|' && c != ')')
            {
                var term = Atom();
                var (quantified, atLeastOnce) = Quantifier();
                if (term.Literal is { } literal && !quantified)
                {
                    run.Append(literal);
                    continue;
                }
                Flush(run, ref best);
                if (atLeastOnce && term.Required is { } required) best = Better(best, required);
            }
            Flush(run, ref best);
            return best;
        }

        private static void Flush(StringBuilder run, ref HashSet<string>? best)
        {
            if (run.Length == 0) return;
            best = Better(best, [run.ToString()]);
            run.Clear();
        }

        // Longer literals are rarer in a message, so they let fewer texts through.
        private static HashSet<string> Better(HashSet<string>? current, HashSet<string> candidate)
        {
            if (current is null) return candidate;
            var (a, b) = (current.Min(l => l.Length), candidate.Min(l => l.Length));
            return b > a || b == a && candidate.Count < current.Count ? candidate : current;
        }

        /// <summary>Whether a quantifier follows, and whether it still asks for one occurrence at least.</summary>
        private (bool Quantified, bool AtLeastOnce) Quantifier()
        {
            int min;
            switch (Peek)
            {
                case '?' or '*':
                    min = 0;
                    _at++;
                    break;
                case '+':
                    min = 1;
                    _at++;
                    break;
                case '{' when CountedRepeat() is { } counted:
                    min = counted;
                    break;
                default:
                    return (false, true);
            }
            if (Peek == '?') _at++; // lazy
            return (true, min >= 1);
        }

        // {m}, {m,} or {m,n}; anything else after "{" is a literal brace in .NET.
        private int? CountedRepeat()
        {
            var close = pattern.IndexOf('}', _at);
            if (close < 0) return null;
            var inside = pattern.AsSpan(_at + 1, close - _at - 1);
            var comma = inside.IndexOf(',');
            var minText = comma < 0 ? inside : inside[..comma];
            var maxText = comma < 0 ? [] : inside[(comma + 1)..];
            if (minText.IsEmpty || !IsDigits(minText) || !IsDigits(maxText)) return null;
            _at = close + 1;
            return int.Parse(minText, System.Globalization.CultureInfo.InvariantCulture);
        }

        private static bool IsDigits(ReadOnlySpan<char> text)
        {
            foreach (var c in text)
            {
                if (!char.IsAsciiDigit(c)) return false;
            }
            return true;
        }

        private Term Atom()
        {
            var c = pattern[_at++];
            switch (c)
            {
                case '(':
                    return Group();
                case '[':
                    SkipClass();
                    return default;
                case '\\':
                    return Escape();
                case '.' or '^' or '$':
                    return default;
                case '*' or '+' or '?':
                    throw new UnsupportedSyntax();
                default:
                    return new Term(c, [c.ToString()]);
            }
        }

        private Term Group()
        {
            var lookaround = false;
            if (Peek == '?')
            {
                var rest = pattern.AsSpan(_at);
                if (rest.StartsWith("?:") || rest.StartsWith("?>")) _at += 2;
                else if (rest.StartsWith("?=") || rest.StartsWith("?!")) (_at, lookaround) = (_at + 2, true);
                else if (rest.StartsWith("?<=") || rest.StartsWith("?<!")) (_at, lookaround) = (_at + 3, true);
                else if (rest.StartsWith("?<") || rest.StartsWith("?'"))
                {
                    var close = pattern.IndexOfAny(['>', '\''], _at + 2);
                    if (close < 0) throw new UnsupportedSyntax();
                    _at = close + 1;
                }
                else throw new UnsupportedSyntax(); // inline options, comments, conditionals
            }
            var inner = Alternation();
            if (Peek != ')') throw new UnsupportedSyntax();
            _at++;
            // A lookaround matches no text: what it looks for need not be in the match.
            return lookaround ? default : new Term(null, inner);
        }

        private void SkipClass()
        {
            if (Peek == '^') _at++;
            if (Peek == ']') _at++; // a "]" first in a class is a literal
            while (Peek is { } c && c != ']')
            {
                if (c == '\\') _at++;
                else if (c == '-' && _at + 1 < pattern.Length && pattern[_at + 1] == '[') throw new UnsupportedSyntax(); // subtraction
                _at++;
            }
            if (AtEnd) throw new UnsupportedSyntax();
            _at++;
        }

        private Term Escape()
        {
            if (AtEnd) throw new UnsupportedSyntax();
            var c = pattern[_at++];
            switch (c)
            {
                case 'p' or 'P' or 'k':
                    var close = pattern.IndexOfAny(['}', '>'], _at);
                    if (close < 0) throw new UnsupportedSyntax();
                    _at = close + 1;
                    return default;
                case 'u' when _at + 4 <= pattern.Length && int.TryParse(pattern.AsSpan(_at, 4), System.Globalization.NumberStyles.HexNumber, null, out var code):
                    _at += 4;
                    return new Term((char)code, [((char)code).ToString()]);
                case 'c' or 'x' or 'u':
                    throw new UnsupportedSyntax();
            }
            // Letters and digits escape to classes, anchors, control characters or back-references: nothing certain.
            // Anything else is a literal of syntax: \. \? \$ \( \  \#.
            return char.IsAsciiLetterOrDigit(c) ? default : new Term(c, [c.ToString()]);
        }
    }
}
