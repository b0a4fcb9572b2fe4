using TipLine.Core.Dialogs;
using TipLine.Core.Text;

namespace TipLine.UnitTests.Dialogs;

/// <summary>Plays a conversation against the repository's dialogs, one text at a time.</summary>
internal sealed class DialogHarness
{
    private static readonly Lazy<RecognizersEntityExtractor> Recognizer = new(() => new RecognizersEntityExtractor());

    public DialogHarness(string language = "en", DialogSet? set = null)
    {
        Set = set ?? DialogSet.Load(TestPaths.Dialogs);
        // Always the first variation, so replies are predictable.
        Runtime = new DialogRuntime(Set, Recognizer.Value, _ => 0);
        State = new DialogState { Language = language };
    }

    public DialogSet Set { get; }
    public DialogRuntime Runtime { get; }
    public DialogState State { get; }
    public string? Urgency { get; set; }
    public DateTimeOffset Now { get; set; } = new(2026, 11, 29, 18, 0, 0, TimeSpan.FromHours(-5));

    public DialogTurn Say(string text, int media = 0) =>
        Runtime.Continue(State, new DialogInput(text, Now, media), new DialogContext(Urgency, new Dictionary<string, string> { ["reference"] = "TL-TEST" }));

    public string Reply(string text) => string.Join("\n", Say(text).Replies);

    public string Text(string key) => Set.Text(key, State.Language);
}
