namespace TipLine.Core.Dialogs;

/// <summary>Reads typed answers (dates, ages, phone numbers) from free text in the conversation's language.</summary>
public interface IAnswerRecognizer
{
    /// <summary>A resolved date-time (TIMEX or ISO text), relative to when the message arrived; null if none.</summary>
    string? DateTime(string text, string language, DateTimeOffset receivedAt);

    int? Age(string text, string language);

    double? Number(string text, string language);

    string? PhoneNumber(string text, string language);
}
