using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using Microsoft.Recognizers.Text.Number;
using Microsoft.Recognizers.Text.NumberWithUnit;
using Microsoft.Recognizers.Text.Sequence;
using TipLine.Core.Dialogs;

namespace TipLine.Core.Text;

/// <summary>A date-time found in text, resolved relative to when the message arrived.</summary>
public sealed record ExtractedTime(string Text, string Type, string? Timex, string? Value, string? Start, string? End);

public sealed record ExtractedEntities(
    IReadOnlyList<ExtractedTime> When,
    IReadOnlyList<int> Ages,
    IReadOnlyList<string> PhoneNumbers,
    IReadOnlyList<string> Urls,
    IReadOnlyList<string> Emails,
    IReadOnlyList<string> SocialHandles);

/// <summary>
/// Microsoft.Recognizers.Text, one model per culture built once at start (first use costs 130–600 ms; the
/// models are thread-safe). Only cultures the library really supports are used: no silent English fallback.
/// </summary>
public sealed partial class RecognizersEntityExtractor : IAnswerRecognizer, TipLine.Core.Triage.ITriageRecognizer
{
    private static readonly FrozenDictionary<string, string> DateTimeCultures = new Dictionary<string, string>
    {
        ["en"] = Culture.English, ["es"] = Culture.Spanish, ["pt"] = Culture.Portuguese, ["fr"] = Culture.French, ["zh"] = Culture.Chinese,
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, string> PhoneCultures = new Dictionary<string, string>
    {
        ["en"] = Culture.English, ["es"] = Culture.Spanish, ["pt"] = Culture.Portuguese, ["fr"] = Culture.French, ["zh"] = Culture.Chinese, ["ko"] = Culture.Korean,
    }.ToFrozenDictionary();

    private readonly FrozenDictionary<string, DateTimeModel> _dateTime;
    private readonly FrozenDictionary<string, IModel> _age;
    private readonly FrozenDictionary<string, IModel> _number;
    private readonly FrozenDictionary<string, IModel> _phone;
    private readonly IModel _url;
    private readonly IModel _email;

    public RecognizersEntityExtractor()
    {
        _dateTime = DateTimeCultures.ToFrozenDictionary(c => c.Key, c => new DateTimeRecognizer(c.Value, DateTimeOptions.None, lazyInitialization: false).GetDateTimeModel(c.Value, fallbackToDefaultCulture: false));
        _age = DateTimeCultures.ToFrozenDictionary(c => c.Key, c => (IModel)new NumberWithUnitRecognizer(c.Value, NumberWithUnitOptions.None, lazyInitialization: false).GetAgeModel(c.Value, fallbackToDefaultCulture: false));
        _number = DateTimeCultures.ToFrozenDictionary(c => c.Key, c => (IModel)new NumberRecognizer(c.Value, NumberOptions.None, lazyInitialization: false).GetNumberModel(c.Value, fallbackToDefaultCulture: false));
        _phone = PhoneCultures.ToFrozenDictionary(c => c.Key, c => (IModel)new SequenceRecognizer(c.Value, SequenceOptions.None, lazyInitialization: false).GetPhoneNumberModel(c.Value, fallbackToDefaultCulture: false));
        var any = new SequenceRecognizer(Culture.English, SequenceOptions.None, lazyInitialization: false);
        _url = any.GetURLModel();
        _email = any.GetEmailModel();
    }

    /// <summary>Past this length the recognizers read only the start: their cost grows with the text, a tip's facts come early.</summary>
    private const int MaxRecognizedLength = 2000;

    public ExtractedEntities Extract(string text, string language, DateTimeOffset receivedAt)
    {
        text = text.Length > MaxRecognizedLength ? text[..MaxRecognizedLength] : text;
        try
        {
            return ExtractCore(text, language, receivedAt);
        }
        catch (RegexMatchTimeoutException)
        {
            return new ExtractedEntities([], [], [], [], [], []);
        }
    }

    private ExtractedEntities ExtractCore(string text, string language, DateTimeOffset receivedAt)
    {
        var when = _dateTime.TryGetValue(language, out var dt) ? Times(dt, text, receivedAt) : [];
        var ages = _age.TryGetValue(language, out var ageModel)
            ? ageModel.Parse(text).Select(r => ValueOf(r)).Where(v => v is > 0 and < 120).Select(v => (int)v!.Value).Distinct().ToList()
            : [];
        var phoneModel = _phone.GetValueOrDefault(language) ?? _phone["en"];
        var phones = phoneModel.Parse(text).Select(r => r.Resolution?["value"]?.ToString() ?? r.Text).Distinct().ToList();
        // The recognizer knows real top-level domains only; a pasted link with its scheme is a URL whatever its domain.
        var urls = _url.Parse(text).Select(r => r.Text).Concat(SchemeUrl().Matches(text).Select(m => m.Value.TrimEnd('.', ',', ')')))
            .Where(u => !u.Contains('@')).Distinct().ToList();
        urls.RemoveAll(u => urls.Any(longer => longer != u && longer.Contains(u, StringComparison.Ordinal)));
        var emails = _email.Parse(text).Select(r => r.Text).Distinct().ToList();
        var handles = Handle().Matches(text).Select(m => m.Value).Where(h => !emails.Any(e => e.Contains(h[1..], StringComparison.OrdinalIgnoreCase))).Distinct().ToList();
        return new ExtractedEntities(when, ages, phones, urls, emails, handles);
    }

    public bool Supports(string language) => _dateTime.ContainsKey(language);

    public IReadOnlyList<(int Age, string Text)> Ages(string text, string language) =>
        _age.TryGetValue(language, out var model)
            ? [.. model.Parse(text).Where(IsInYears).Select(r => (Value: ValueOf(r), Around: text[Math.Max(0, r.Start - 16)..Math.Min(text.Length, r.End + 10)]))
                .Where(r => r.Value is > 0 and < 120).Select(r => ((int)r.Value!.Value, r.Around))]
            : [];

    /// <summary>Every reading of every time in the text: a date with no year ("december 1") is both the last one and the
    /// next one, and triage must see the next.</summary>
    public IReadOnlyList<ExtractedTime> Times(string text, string language, DateTimeOffset receivedAt) =>
        _dateTime.TryGetValue(language, out var model) ? Times(model, text, receivedAt, everyReading: true) : [];

    string? IAnswerRecognizer.DateTime(string text, string language, DateTimeOffset receivedAt)
    {
        if (!_dateTime.TryGetValue(language, out var model)) return text.Trim().Length > 0 ? text.Trim() : null;
        var first = Times(model, text, receivedAt).FirstOrDefault();
        return first is null ? null : first.Timex ?? first.Value ?? first.Text;
    }

    int? IAnswerRecognizer.Age(string text, string language) =>
        Ages(text, language) is [var (age, _), ..] ? age : null;

    double? IAnswerRecognizer.Number(string text, string language)
    {
        if (_number.TryGetValue(language, out var model) && model.Parse(text).Select(r => ValueOf(r)).FirstOrDefault(v => v is not null) is { } n) return n;
        return FirstDigits().Match(text) is { Success: true } m ? double.Parse(m.Value, CultureInfo.InvariantCulture) : null;
    }

    string? IAnswerRecognizer.PhoneNumber(string text, string language) =>
        (_phone.GetValueOrDefault(language) ?? _phone["en"]).Parse(text).Select(r => r.Resolution?["value"]?.ToString() ?? r.Text).FirstOrDefault();

    private static List<ExtractedTime> Times(DateTimeModel model, string text, DateTimeOffset receivedAt, bool everyReading = false)
    {
        var found = new List<ExtractedTime>();
        foreach (var result in model.Parse(text, receivedAt.DateTime))
        {
            // "motel on 5th street" is read as the 5th of some month: an ordinal followed by a street word is a place.
            var after = text[Math.Min(text.Length, result.End + 1)..];
            if (StreetWord().IsMatch(after)) continue;
            if (result.Resolution?["values"] is not IEnumerable<Dictionary<string, string>> values) continue;
            foreach (var v in everyReading ? values : values.Take(1))
            {
                found.Add(new ExtractedTime(result.Text, result.TypeName.Replace("datetimeV2.", ""),
                    v.GetValueOrDefault("timex"), v.GetValueOrDefault("value"), v.GetValueOrDefault("start"), v.GetValueOrDefault("end")));
            }
        }
        return found;
    }

    /// <summary>"dos días" is an age model result too (2 days old): only ages in years say whether someone is a minor.</summary>
    private static bool IsInYears(ModelResult r) => r.Resolution?.TryGetValue("unit", out var unit) != true || unit?.ToString() == "Year";

    private static double? ValueOf(ModelResult r) =>
        r.Resolution?.TryGetValue("value", out var v) == true && double.TryParse(v?.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;

    [GeneratedRegex(@"^\s*(street|st\b|avenue|ave\b|road|rd\b|blvd|boulevard|floor|calle|avenida|rue|rua)", RegexOptions.IgnoreCase)]
    private static partial Regex StreetWord();

    [GeneratedRegex(@"(?<![\w.])@[A-Za-z0-9_.]{2,30}\b")]
    private static partial Regex Handle();

    [GeneratedRegex(@"\bhttps?://[^\s<>""]+", RegexOptions.IgnoreCase)]
    private static partial Regex SchemeUrl();

    [GeneratedRegex(@"\d+(\.\d+)?")]
    private static partial Regex FirstDigits();
}
