using TipLine.Core.Text;

namespace TipLine.Core.Triage;

/// <summary>Ages and times read by a recognizer library in the languages it supports (Microsoft.Recognizers.Text).</summary>
public interface ITriageRecognizer
{
    bool Supports(string language);

    /// <summary>Ages with the words they were read from ("fifteen years old").</summary>
    IReadOnlyList<(int Age, string Text)> Ages(string text, string language);

    IReadOnlyList<ExtractedTime> Times(string text, string language, DateTimeOffset receivedAt);
}
