using TipLine.Core.Triage;

namespace TipLine.UnitTests.Triage;

/// <summary>
/// What the rules were taught after each holdout, concept by concept: every concept written as one sentence in each of
/// the eleven languages (Data/concepts/probes-*.jsonl), and everyday talk in the new patterns' words
/// (everyday-*.jsonl, labelled P3). The rules alone, without the models, must decide each as labelled, so a pattern that
/// stops reading a concept in one language, or starts reading one into talk, fails here by its sentence's id.
/// </summary>
public class ConceptProbeTests
{
    private static readonly string[] Files =
        [.. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Triage", "Data", "concepts"), "*.jsonl").Order(StringComparer.Ordinal)];

    private static readonly Lazy<IReadOnlyList<LabelledTip>> Sentences = new(() => [.. Files.SelectMany(Triager.Read)]);

    public static TheoryData<string> SentenceIds() => [.. Sentences.Value.Select(s => s.Id)];

    [Theory]
    [MemberData(nameof(SentenceIds))]
    public void Each_sentence_is_decided_by_the_rules_as_labelled(string id)
    {
        var sentence = Sentences.Value.Single(s => s.Id == id);
        // As in a conversation: the language is detected, not given.
        var decision = Triager.RulesAlone.Assess(sentence.Text, Triager.LanguageIdentifier.Detect(sentence.Text), Triager.Now);
        var reasons = string.Join(" ", decision.Reasons);
        Assert.True(decision.Urgency == Enum.Parse<Urgency>(sentence.Urgency), $"{id}: {decision.Urgency}, labelled {sentence.Urgency}; reasons: {reasons}");
        if (sentence.Minor) Assert.True(decision.Minor, $"{id}: the minor was missed; reasons: {reasons}");
    }

    [Fact]
    public void Both_kinds_of_file_are_read_and_every_id_is_its_own()
    {
        Assert.Contains(Files, f => Path.GetFileName(f).StartsWith("probes-", StringComparison.Ordinal));
        Assert.Contains(Files, f => Path.GetFileName(f).StartsWith("everyday-", StringComparison.Ordinal));
        Assert.All(Files.Where(f => Path.GetFileName(f).StartsWith("everyday-", StringComparison.Ordinal)).SelectMany(Triager.Read),
            s => Assert.Equal("P3", s.Urgency));
        Assert.Equal(Sentences.Value.Count, Sentences.Value.Select(s => s.Id).Distinct().Count());
    }
}
