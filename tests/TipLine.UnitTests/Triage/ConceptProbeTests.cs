using System.Text.Json;
using TipLine.Core.Triage;

namespace TipLine.UnitTests.Triage;

/// <summary>
/// What the rules were taught, concept by concept: each concept written as sentences in the eleven languages
/// (Data/concepts/probes-*.jsonl), and everyday talk in the patterns' words (everyday-*.jsonl, all P3). The rules
/// alone, without the models, must decide each as labelled, so a pattern that stops reading a concept in one
/// language, or starts reading one into talk, fails here by the sentence's id and its concept.
/// </summary>
public class ConceptProbeTests
{
    /// <summary>A labelled sentence and the concept it was written for.</summary>
    public sealed record ConceptSentence(string Id, string Language, string Urgency, bool Minor, string Text, string Concept);

    private static readonly string[] Files =
        [.. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Triage", "Data", "concepts"), "*.jsonl").Order(StringComparer.Ordinal)];

    private static readonly Lazy<IReadOnlyList<ConceptSentence>> Sentences = new(() => [.. Files.SelectMany(Read)]);

    private static IEnumerable<ConceptSentence> Read(string path) =>
        File.ReadLines(path).Where(l => l.Length > 0).Select(l => JsonSerializer.Deserialize<ConceptSentence>(l, JsonSerializerOptions.Web)!);

    public static TheoryData<string> SentenceIds() => [.. Sentences.Value.Select(s => s.Id)];

    [Theory]
    [MemberData(nameof(SentenceIds))]
    public void Each_sentence_is_decided_by_the_rules_as_labelled(string id)
    {
        var sentence = Sentences.Value.Single(s => s.Id == id);
        // As in a conversation: the language is detected, not given.
        var decision = Triager.RulesAlone.Assess(sentence.Text, Triager.LanguageIdentifier.Detect(sentence.Text), Triager.Now);
        var why = $"{id} ({sentence.Concept}): {decision.Urgency}, labelled {sentence.Urgency}; reasons: {string.Join(" ", decision.Reasons)}";
        Assert.True(decision.Urgency == Enum.Parse<Urgency>(sentence.Urgency), why);
        if (sentence.Minor) Assert.True(decision.Minor, $"the minor was missed: {why}");
    }

    [Fact]
    public void Both_kinds_of_file_are_read_and_every_id_is_its_own()
    {
        static bool Named(string file, string prefix) => Path.GetFileName(file).StartsWith(prefix, StringComparison.Ordinal);
        Assert.Contains(Files, f => Named(f, "probes-"));
        Assert.Contains(Files, f => Named(f, "everyday-"));
        Assert.All(Files.Where(f => Named(f, "everyday-")).SelectMany(Read), s => Assert.Equal("P3", s.Urgency));
        Assert.All(Sentences.Value, s => Assert.False(string.IsNullOrWhiteSpace(s.Concept), $"{s.Id} names no concept"));
        Assert.Equal(Sentences.Value.Count, Sentences.Value.Select(s => s.Id).Distinct().Count());
    }
}
