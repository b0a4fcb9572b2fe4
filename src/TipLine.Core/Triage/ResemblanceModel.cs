using System.Globalization;
using System.Text;
using TipLine.Core.Text;

namespace TipLine.Core.Triage;

/// <summary>
/// How much a message resembles the emergencies (P1), or the tips that are at least urgent (P2), among the labelled
/// tips: a logistic regression over pieces of
/// words (two to four letters, in any script) and pairs of words, learned when the policy loads. The patterns match
/// the words an emergency was said in; this catches the same emergency said in other words ("he's got my little
/// brother in the trunk", "she swallowed the whole bottle"), which the patterns missed on tips they had never seen.
/// </summary>
/// <remarks>
/// Why this and not a library: ML.NET and the sentence-embedding packages served here are English-only or
/// hundreds of megabytes, and a linear model over letter n-grams is what language identifiers use to read eleven
/// scripts with no word lists. It is small (a hashed weight table of 4 MB), deterministic (same examples, same
/// weights, on every machine), learns from 7,000 tips in under a second, and every weight is traceable to the
/// examples a task force can read and extend in <c>triage/examples/</c>.
/// </remarks>
public sealed class ResemblanceModel
{
    private const int Buckets = 1 << 20;
    private const int Epochs = 8;
    private const double LearningRate = 0.2;
    private const double L2 = 1e-6;
    private const int Seed = 1;

    private readonly float[] weights;
    private readonly double bias;

    private ResemblanceModel(float[] weights, double bias)
    {
        this.weights = weights;
        this.bias = bias;
    }

    /// <summary>How many labelled tips the model learned from.</summary>
    public int ExampleCount { get; private init; }

    /// <summary>
    /// Learns from labelled tips: those at <paramref name="atLeast"/> or more urgent against the rest. The same tips, in
    /// the same order, give the same model.
    /// </summary>
    public static ResemblanceModel Train(IEnumerable<LabelledTip> examples, Urgency atLeast) => Train(Read(examples), atLeast);

    /// <summary>Labelled tips as the models read them, once for every level that learns from them.</summary>
    public static IReadOnlyList<(ResemblanceText Text, Urgency Urgency)> Read(IEnumerable<LabelledTip> examples) =>
        [.. examples.AsParallel().AsOrdered().Select(t =>
        {
            // Its pieces worked out here, on every core, not by the levels learning side by side from the same texts.
            var text = new ResemblanceText(TextNormalizer.Fold(t.Text));
            _ = text.Pieces;
            return (text, Enum.Parse<Urgency>(t.Urgency));
        })];

    /// <inheritdoc cref="Train(IEnumerable{LabelledTip}, Urgency)"/>
    public static ResemblanceModel Train(IReadOnlyList<(ResemblanceText Text, Urgency Urgency)> examples, Urgency atLeast)
    {
        var data = examples.Select(e => (Features: e.Text.Pieces, Emergency: e.Urgency >= atLeast)).ToArray();
        var w = new float[Buckets];
        var squared = new float[Buckets];
        double b = 0, squaredBias = 1e-8;
        var random = new Random(Seed);
        for (var epoch = 0; epoch < Epochs; epoch++)
        {
            random.Shuffle(data);
            foreach (var (features, emergency) in data)
            {
                var error = Sigmoid(b + Sum(w, features)) - (emergency ? 1 : 0);
                // AdaGrad: a piece seen in many tips moves less with each, a rare one still learns from its few.
                foreach (var f in features)
                {
                    var g = error + L2 * w[f];
                    squared[f] += (float)(g * g);
                    w[f] -= (float)(LearningRate * g / Math.Sqrt(squared[f] + 1e-8));
                }
                squaredBias += error * error;
                b -= LearningRate * error / Math.Sqrt(squaredBias);
            }
        }
        return new ResemblanceModel(w, b) { ExampleCount = data.Length };
    }

    /// <summary>
    /// Whether a message (folded) is long enough to judge, given what the rules found in it. The examples are tips, told
    /// in sentences; the rest of a conversation is short ("sí", "a girl around 13 or 14 years old", "at the gas station
    /// on main street"), and the models read it as an emergency: emergencies give ages and addresses, and tips do not say
    /// thank you. So the less the rules found, the more words it takes (measured on 80 everyday messages and on twenty
    /// holdouts: bench/RESULTS.md).
    /// </summary>
    public static bool CanJudge(ResemblanceText text, RulesFound found) => text.Words.Count >= found switch
    {
        RulesFound.Indicator => 5,
        RulesFound.OnlyWeak => 10,
        _ => 13,
    };

    /// <summary>The probability, learned from the examples, that a message (folded) is at the model's level or above.</summary>
    public double Probability(ResemblanceText text) => Sigmoid(bias + Sum(weights, text.Pieces));

    /// <inheritdoc cref="Probability(ResemblanceText)"/>
    public double Probability(string folded) => Probability(new ResemblanceText(folded));

    /// <summary>
    /// The words the resemblance rests on, most telling first: those whose removal lowers it most. For a dispatcher
    /// (and an auditor) to see why, as the patterns' matches show theirs.
    /// </summary>
    public IReadOnlyList<string> Evidence(ResemblanceText text, int count = 3)
    {
        var words = text.Words;
        var whole = Sum(weights, text.Pieces);
        return [.. words
            .Select((word, i) => (Word: word, Drop: whole - Sum(weights, Features(string.Join(' ', words.Where((_, j) => j != i))))))
            .Where(w => w.Drop > 0)
            .OrderByDescending(w => w.Drop)
            .Take(count)
            .Select(w => w.Word)];
    }

    /// <summary>Runs of letters and digits; Chinese, Korean and Japanese runs in pairs of letters, as they write no spaces between words.</summary>
    internal static List<string> Words(string folded)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        void Flush()
        {
            if (current.Length == 0) return;
            var word = current.ToString();
            current.Clear();
            if (!TextNormalizer.IsCjk(word[0])) words.Add(word);
            else for (var i = 0; i < word.Length; i += 2) words.Add(word.Substring(i, Math.Min(2, word.Length - i)));
        }
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c) && (current.Length == 0 || TextNormalizer.IsCjk(c) == TextNormalizer.IsCjk(current[^1]))) current.Append(c);
            else
            {
                Flush();
                if (char.IsLetterOrDigit(c)) current.Append(c);
            }
        }
        Flush();
        return words;
    }

    /// <summary>
    /// The hashed pieces of a folded text: every two to four letters of " word word " (the spaces mark where words
    /// start and end) and every pair of neighbouring words. Each counts once.
    /// </summary>
    internal static HashSet<int> Features(string folded)
    {
        var padded = new StringBuilder(folded.Length + 2).Append(' ');
        foreach (var c in folded) padded.Append(char.IsLetterOrDigit(c) ? c : ' ');
        var text = ' ' + string.Join(' ', padded.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)) + ' ';
        var features = new HashSet<int>();
        for (var n = 2; n <= 4; n++)
        {
            for (var i = 0; i + n <= text.Length; i++) features.Add(Hash('c', text.AsSpan(i, n)));
        }
        var tokens = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 1; i < tokens.Length; i++) features.Add(Hash('w', string.Concat(tokens[i - 1], " ", tokens[i])));
        return features;
    }

    /// <summary>FNV-1a: stable across processes and machines, as <see cref="string.GetHashCode()"/> is not.</summary>
    private static int Hash(char kind, ReadOnlySpan<char> piece)
    {
        var h = 2166136261u;
        h = (h ^ kind) * 16777619u;
        foreach (var c in piece) h = (h ^ c) * 16777619u;
        return (int)(h & (Buckets - 1));
    }

    private static double Sum(float[] w, HashSet<int> features)
    {
        double z = 0;
        foreach (var f in features) z += w[f];
        return z;
    }

    private static double Sigmoid(double z) => 1 / (1 + Math.Exp(-Math.Clamp(z, -30, 30)));

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"resemblance model of {ExampleCount} tips");
}

/// <summary>
/// A message (folded) as the resemblance models read it: its words and its hashed pieces, each worked out when first
/// asked for. Read once, it serves every level's model: how long it is, how much it resembles, and on which words.
/// </summary>
public sealed class ResemblanceText(string folded)
{
    private List<string>? words;
    private HashSet<int>? pieces;

    internal HashSet<int> Pieces => pieces ??= ResemblanceModel.Features(folded);

    internal IReadOnlyList<string> Words => words ??= ResemblanceModel.Words(folded);
}

/// <summary>What the rules found in a message, for <see cref="ResemblanceModel.CanJudge"/>.</summary>
public enum RulesFound
{
    Nothing,

    /// <summary>Only signals too common in conversation to tell a tip by (an age, "tonight"; the policy's <c>weak</c>).</summary>
    OnlyWeak,

    Indicator,
}
