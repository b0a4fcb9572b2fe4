using System.Collections.Immutable;

namespace TipLine.Core.Dialogs;

/// <summary>Where something was written in a dialog file, for error messages a task force can act on.</summary>
public readonly record struct SourceLocation(string File, int Line)
{
    public override string ToString() => $"{File}:{Line}";
}

public enum InputKind { Text, YesNo, Choice, Place, DateTime, Age, Number, Phone, Media }

public sealed record ChoiceOption(string Value, string LabelKey);

/// <summary>One step of a flow: asks a question, says something, or calls another flow.</summary>
public sealed record DialogStep
{
    public required string Id { get; init; }
    public required SourceLocation Location { get; init; }
    public Condition? When { get; init; }
    public string? Ask { get; init; }
    public string? Say { get; init; }
    public string? Call { get; init; }
    public string? Slot { get; init; }
    public InputKind Input { get; init; } = InputKind.Text;
    public bool Multiple { get; init; }
    public bool EndsFlow { get; init; }
    public ImmutableArray<ChoiceOption> Options { get; init; } = [];

    /// <summary>Words a person uses to name this step when correcting it ("change where"), per language.</summary>
    public ImmutableDictionary<string, ImmutableArray<string>> Names { get; init; } =
        ImmutableDictionary<string, ImmutableArray<string>>.Empty;

    public bool IsQuestion => Ask is not null;
}

public sealed record DialogFlow(
    string Id,
    string Version,
    SourceLocation Location,
    string? OpeningSlot,
    ImmutableArray<DialogStep> Steps)
{
    public int IndexOf(string stepId)
    {
        for (var i = 0; i < Steps.Length; i++)
        {
            if (Steps[i].Id == stepId) return i;
        }
        return -1;
    }
}

/// <summary>One translatable string: its variations per language and which languages a native speaker reviewed.</summary>
public sealed record LocalizedString(
    string Key,
    SourceLocation Location,
    ImmutableDictionary<string, ImmutableArray<string>> Variations,
    ImmutableArray<string> Reviewed);

public enum CommandKind { Skip, Done, Change }
