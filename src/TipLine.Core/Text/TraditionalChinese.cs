using System.Collections.Frozen;

namespace TipLine.Core.Text;

/// <summary>
/// Traditional Chinese characters read as their Simplified forms, so that one set of Chinese words matches a tip
/// written in either script ("賣給客人" and "卖给客人"). The pairs are data (<c>Data/traditional-simplified.txt</c>):
/// .NET has no script converter outside Windows, and no package for it is served here.
/// </summary>
public static class TraditionalChinese
{
    private static readonly FrozenDictionary<char, char> Simplified = Load();

    /// <summary>The Simplified form of <paramref name="c"/>, or <paramref name="c"/> itself.</summary>
    public static char Simplify(char c) => c is >= '\u3400' and <= '\u9fff' && Simplified.TryGetValue(c, out var s) ? s : c;

    private static FrozenDictionary<char, char> Load()
    {
        using var stream = typeof(TraditionalChinese).Assembly.GetManifestResourceStream("traditional-simplified.txt")
            ?? throw new InvalidOperationException("The Traditional-Simplified table is not embedded.");
        using var reader = new StreamReader(stream);
        var pairs = new Dictionary<char, char>();
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#')) continue;
            foreach (var pair in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (pair.Length != 2) throw new FormatException($"'{pair}' is not a Traditional-Simplified pair.");
                pairs[pair[0]] = pair[1];
            }
        }
        return pairs.ToFrozenDictionary();
    }
}
