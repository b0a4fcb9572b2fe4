using TipLine.Core.Language;
using TipLine.Core.Text;
using TipLine.Core.Triage;

namespace TipLine.UnitTests.Triage;

/// <summary>
/// One engine, with the recognizers, for every triage test (building the recognizer models takes a second), its
/// patterns compiled as a ready server's are.
/// </summary>
internal static class Triager
{
    private static readonly Lazy<TriagePolicy> CompiledPolicy = new(() => TriagePolicy.LoadCompiled(TestPaths.Triage));
    // One set of recognizer models (each extractor builds all of its own) for both engines.
    private static readonly Lazy<RecognizersEntityExtractor> Recognizers = new(() => new RecognizersEntityExtractor());
    private static readonly Lazy<TriageEngine> Lazy = new(() => new TriageEngine(CompiledPolicy.Value, Recognizers.Value));
    private static readonly Lazy<TriageEngine> RulesOnly = new(() => new TriageEngine(CompiledPolicy.Value.WithoutResemblance(), Recognizers.Value));
    private static readonly Lazy<LanguageIdentifier> Languages = new(() =>
    {
        var identifier = new LanguageIdentifier();
        identifier.Preload();
        return identifier;
    });

    public static TriageEngine Engine => Lazy.Value;

    /// <summary>The same engine deciding by its rules alone: what the patterns understood, whatever the models would add.</summary>
    public static TriageEngine RulesAlone => RulesOnly.Value;

    /// <summary>The engine's policy, its patterns compiled.</summary>
    public static TriagePolicy Policy => CompiledPolicy.Value;

    public static LanguageIdentifier LanguageIdentifier => Languages.Value;

    public static readonly DateTimeOffset Now = new(2026, 11, 27, 16, 0, 0, TimeSpan.FromHours(-5)); // a Friday afternoon

    public static TriageDecision Assess(string text, string? language = null) => Engine.Assess(text, language, Now);

    /// <summary>
    /// Every own set (triage/examples/own-tips*.jsonl), in name order: written fresh from the policy, measured before any
    /// lexicon change as Data/holdout-*.jsonl, then moved there once its gaps were fixed. The resemblance model learns from
    /// them too. Neither the holdouts nor known-misses.jsonl are among them.
    /// </summary>
    public static IReadOnlyList<LabelledTip> OwnTips() => OwnTipsRead.Value;

    // Read once: the per-tip test asks for its tip thousands of times.
    private static readonly Lazy<IReadOnlyList<LabelledTip>> OwnTipsRead = new(() =>
        [.. Directory.GetFiles(Path.Combine(TestPaths.Triage, "examples"), "own-tips*.jsonl").Order(StringComparer.Ordinal).SelectMany(Read)]);

    public static IReadOnlyList<LabelledTip> Read(string path)
    {
        using var reader = File.OpenText(path);
        return TriageEvaluation.Read(reader);
    }
}
