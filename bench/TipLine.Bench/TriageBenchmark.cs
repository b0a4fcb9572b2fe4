using System.Diagnostics;
using System.Globalization;
using TipLine.Core;
using TipLine.Core.Language;
using TipLine.Core.Text;
using TipLine.Core.Triage;

namespace TipLine.Bench;

/// <summary>
/// Triage throughput on one thread (one core) and per-message latency, side by side in one run with what
/// surrounds it in a turn: folding the text (the floor), triage without the recognizers (with and without the
/// resemblance models), full triage, and language detection. Texts are the labelled tips, varied so that no library
/// cache flatters the numbers.
/// </summary>
internal static class TriageBenchmark
{
    private static readonly string[] Tails = ["please", "thanks", "idk", "asap", "ok", "pls help", "gracias", "merci", "спасибо", "谢谢", "감사합니다", "cảm ơn", "salamat", "mèsi", "شكرا"];

    public static void Run(int messages)
    {
        var corpus = Corpus();
        var texts = Enumerable.Range(0, messages).Select(i => (Text: corpus[i % corpus.Count].Text + " " + Tails[i / corpus.Count % Tails.Length], corpus[i % corpus.Count].Language)).ToList();
        Console.WriteLine($"{texts.Count} messages from {corpus.Count} labelled tips, mean {texts.Average(t => t.Text.Length):0} characters; one thread; {DateTime.UtcNow:yyyy-MM-dd}");

        var policy = TriagePolicy.LoadCompiled(RepositoryPaths.Find("triage"));
        var extractor = new RecognizersEntityExtractor();
        var rulesAlone = new TriageEngine(policy.WithoutResemblance());
        var plain = new TriageEngine(policy);
        var full = new TriageEngine(policy, extractor);
        var languages = new LanguageIdentifier();
        languages.Preload();
        var now = DateTimeOffset.UtcNow;

        var results = new[]
        {
            Measure("fold text (floor)", texts, t => TextNormalizer.Fold(t.Text)),
            Measure("triage, lexicons, no models", texts, t => rulesAlone.Assess(t.Text, t.Language, now)),
            Measure("triage, lexicons and models", texts, t => plain.Assess(t.Text, t.Language, now)),
            Measure("triage, full (+recognizers)", texts, t => full.Assess(t.Text, t.Language, now)),
            Measure("language detection", texts, t => languages.Detect(t.Text)),
        };

        Console.WriteLine();
        Console.WriteLine($"{"",-30} {"msg/s",10} {"p50 µs",9} {"p99 µs",9} {"KB/msg",8} {"vs full",8}");
        var reference = results[3].PerSecond;
        foreach (var r in results)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{r.Name,-30} {r.PerSecond,10:0} {r.P50,9:0} {r.P99,9:0} {r.AllocatedKilobytes,8:0.0} {r.PerSecond / reference,7:0.00}x"));
        }
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"full triage: {reference:0} msg/s on one core (target 1,000): {reference / 1000:0.0}x the target"));
    }

    /// <summary>
    /// Where the lexicons' time goes: each pattern of the policy timed over the folded corpus, in one run, as shares of
    /// the whole; the costliest patterns and languages are printed.
    /// </summary>
    public static void CostliestPatterns(int top)
    {
        var folded = Corpus().Select(t => TextNormalizer.Fold(t.Text)).ToList();
        var policy = TriagePolicy.LoadCompiled(RepositoryPaths.Find("triage"));
        var patterns = policy.Indicators.SelectMany(i => i.Patterns.Select(p => (Name: $"{i.Id}/{p.Language}", p.Pattern))).ToList();
        foreach (var (_, pattern) in patterns) foreach (var text in folded.Take(50)) pattern.IsMatch(text); // warm up
        var costs = new List<(string Name, string Pattern, double Microseconds)>();
        foreach (var (name, pattern) in patterns)
        {
            var start = Stopwatch.GetTimestamp();
            for (var round = 0; round < 5; round++) foreach (var text in folded) for (var m = pattern.Match(text); m.Success; m = m.NextMatch()) { }
            costs.Add((name, pattern.ToString(), Stopwatch.GetElapsedTime(start).TotalMicroseconds / 5 / folded.Count));
        }
        var total = costs.Sum(c => c.Microseconds);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{patterns.Count} indicator patterns over {folded.Count} folded tips: {total:0} µs a message in all ({1e6 / total:0} msg/s for the patterns alone)"));
        Console.WriteLine();
        foreach (var language in costs.GroupBy(c => c.Name[(c.Name.IndexOf('/') + 1)..]).OrderByDescending(g => g.Sum(c => c.Microseconds)))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{language.Key,-4} {language.Count(),5} patterns {language.Sum(c => c.Microseconds),8:0.0} µs {language.Sum(c => c.Microseconds) / total,6:P0}"));
        }
        Console.WriteLine();
        foreach (var c in costs.OrderByDescending(c => c.Microseconds).Take(top))
        {
            var shown = c.Pattern.Length > 90 ? c.Pattern[..90] + "…" : c.Pattern;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{c.Microseconds,7:0.00} µs {c.Microseconds / total,5:P1}  {c.Name,-22} {shown}"));
        }
    }

    private static List<LabelledTip> Corpus()
    {
        var root = Path.GetDirectoryName(RepositoryPaths.Find("dialogs"))!;
        return [.. new[] { Path.Combine(root, "..", "shared", "triage", "dev.jsonl"), Path.Combine(root, "triage", "examples", "own-tips.jsonl") }
            .Where(File.Exists)
            .SelectMany(path => { using var r = File.OpenText(path); return TriageEvaluation.Read(r); })];
    }

    /// <param name="AllocatedKilobytes">Allocated per message: garbage the server's collector pays for under load.</param>
    private sealed record Result(string Name, double PerSecond, double P50, double P99, double AllocatedKilobytes);

    private static Result Measure<T>(string name, List<(string Text, string Language)> texts, Func<(string Text, string Language), T> work)
    {
        foreach (var t in texts.Take(500)) work(t); // warm up: JIT, lazy regex construction
        var latencies = new double[texts.Count];
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var total = Stopwatch.StartNew();
        for (var i = 0; i < texts.Count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            work(texts[i]);
            latencies[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        }
        total.Stop();
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        Array.Sort(latencies);
        return new Result(name, texts.Count / total.Elapsed.TotalSeconds, latencies[latencies.Length / 2], latencies[(int)(latencies.Length * 0.99)], allocated / 1024.0 / texts.Count);
    }
}
