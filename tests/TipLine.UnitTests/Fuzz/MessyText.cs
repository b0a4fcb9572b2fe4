using System.Text;

namespace TipLine.UnitTests.Fuzz;

/// <summary>
/// Seeded generator of what people (and attackers) send: commands, numbers, every script we serve, emoji,
/// combining marks, control characters, lone surrogates, very long texts. The seed makes every run in CI the
/// same; <c>TIPLINE_FUZZ_ITERATIONS</c> makes a longer run (README).
/// </summary>
public sealed class MessyText(int seed)
{
    private static readonly string[] Pieces =
    [
        "skip", "done", "change where", "cambiar dónde", "1", "2", "1 and 3", "yes", "no", "sí", "STOP", "español", "中文", "ACK",
        "TL-7K3Q", "{reference}", "tonight at 9pm", "she is 15", "he has a gun", "🙏", "\u200b", "\u202e", "\0", "\r\n", "\t",
        "%00", "<script>", "' OR 1=1 --", "{{x}}", "\\", "😀😀", "é", "ñ", "ق", "한국어", "пятнадцать", "mười lăm tuổi", " ",
    ];

    private readonly Random _random = new(seed);

    public static int Iterations(int ci) =>
        int.TryParse(Environment.GetEnvironmentVariable("TIPLINE_FUZZ_ITERATIONS"), out var n) && n > 0 ? n : ci;

    public string Next()
    {
        var sb = new StringBuilder();
        var parts = _random.Next(0, 6);
        for (var i = 0; i < parts; i++)
        {
            switch (_random.Next(6))
            {
                case 0: sb.Append(Pieces[_random.Next(Pieces.Length)]); break;
                case 1: sb.Append((char)_random.Next(0x20, 0x7f)); break;
                case 2: sb.Append((char)_random.Next(0x0080, 0xd7ff)); break;           // any BMP letter or mark
                case 3: sb.Append((char)_random.Next(0xd800, 0xe000)); break;           // a lone surrogate
                case 4: sb.Append(new string((char)_random.Next(0x21, 0x7f), _random.Next(1, 400))); break;
                default: sb.Append(' '); break;
            }
        }
        return sb.ToString();
    }

    public int Below(int n) => _random.Next(n);
}
