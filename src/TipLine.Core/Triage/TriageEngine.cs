using System.Globalization;
using TipLine.Core.Text;

namespace TipLine.Core.Triage;

/// <summary>
/// Decides urgency for one message from <see cref="TriagePolicy"/>. Every language's patterns are tried on every
/// message, so a mixed-language text ("the boss took our passports y dice que nos mata") and a misdetected
/// language are still caught; only the few whose words are in the text run (<see cref="LiteralGate"/>, <see cref="ScriptSet"/>).
/// </summary>
public sealed partial class TriageEngine(TriagePolicy policy, ITriageRecognizer? recognizer = null)
{
    /// <summary>A resolved time this close ahead counts as imminent ("Saturday 9pm" read on Friday).</summary>
    private static readonly TimeSpan Imminent = TimeSpan.FromHours(36);

    private const int NegationWindow = 28;
    private const int CjkNegationWindow = 6;
    // Arabic writes its own question mark, semicolon and comma (؟ ؛ ،).
    private static readonly char[] SentenceEnds = ['.', '!', '?', '\n', ';', '。', '！', '？', '؟', '؛'];
    private static readonly char[] ClauseEnds = [.. SentenceEnds, ',', '，', '、', '،'];

    /// <param name="language">The conversation's language when known: a match is then also judged by that
    /// language's negations ("no trae armas" matches Portuguese "armas" too, but the text is Spanish).</param>
    /// <param name="tellsTheTip">Whether the message tells the tip (a conversation's first, or the story the dialog asked
    /// for): the rest of a conversation is answers and talk, which the resemblance models judge only when the rules found
    /// something in it.</param>
    public TriageDecision Assess(string text, string? language = null, DateTimeOffset? receivedAt = null, bool tellsTheTip = true)
    {
        var folded = TextNormalizer.Fold(text);
        if (folded.Length == 0) return TriageDecision.None;

        var fired = new Dictionary<string, TriageReason>();
        var offence = OffenceType.Unknown;
        var firstPerson = false;
        var scripts = ScriptSet.Of(folded);
        var passes = policy.Gate.Scan(folded);
        var cancelled = new HashSet<string>();
        foreach (var indicator in policy.Indicators)
        {
            if (FirstMatch(folded, scripts, passes, indicator, language, cancelled) is not { } reason) continue;
            fired[indicator.Id] = reason;
            if (offence == OffenceType.Unknown) offence = indicator.Offence;
            firstPerson |= indicator.FirstPersonHelp;
        }
        // "Locked in", "not safe" can be the writer's own plight or someone else's ("my sister is locked in"):
        // an explicit plea for help always counts; otherwise a message about others, with no "I"/"me", is a tip.
        if (firstPerson && !fired.ContainsKey("help_request") && AboutSomeoneElse(folded, passes)) firstPerson = false;

        var ages = FindAges(folded, passes, out var ageReasons, out var agesThen);
        // A message that speaks of the past with nothing saying now ("last summer at a truck stop I saw…").
        var aboutThePast = SpeaksOfThePast(folded, passes) && !SpeaksOfNow(folded, passes);
        if (recognizer is not null && language is not null && recognizer.Supports(language))
        {
            // The recognizers cost milliseconds a call: ask only when a cheap look says there may be something to find.
            if (ages.Count == 0 && MayHaveNumber(folded, language)) AddRecognizedAges(text, language, ages, ageReasons);
            if (!fired.ContainsKey("soon") && !aboutThePast && MayHaveTime(folded, language, passes))
            {
                var soon = RecognizedSoon(text, language, receivedAt ?? DateTimeOffset.UtcNow, ages, out var datedLater);
                if (soon is not null) fired["soon"] = soon;
                else if (datedLater) cancelled.Add(TriagePolicy.LaterSignal);
            }
        }
        // A stated child's age outweighs everything; which words name a child, and when, is the policy's (ChildWords).
        // "When I was 17 … I'm 34 now": a child's age in the past beside an adult's age is an adult telling her story.
        var adultAge = ages.Any(a => a >= policy.AdultAge);
        var childWords = policy.Minor;
        var minor = ages.Any(a => a < policy.AdultAge && !(adultAge && agesThen.Contains(a)))
            || (!childWords.Unless.Any(fired.ContainsKey)
                && (childWords.WhateverAge.Any(fired.ContainsKey) || (!adultAge && childWords.UnlessAdultAge.Any(fired.ContainsKey))));
        var signals = fired.Keys.ToHashSet();
        if (minor) signals.Add("minor");
        signals.UnionWith(cancelled);
        // Of the 7,301 labelled tips, such messages were 225 P3, no P2 and 5 P1 (their rules caught them).
        if (aboutThePast) signals.Add(TriagePolicy.PastSignal);
        foreach (var (group, members) in policy.Groups)
        {
            if (members.Any(signals.Contains)) signals.Add(group);
        }

        var urgency = Urgency.P3;
        foreach (var rule in policy.Rules)
        {
            if (rule.All.All(signals.Contains) && (rule.Any.Count == 0 || rule.Any.Any(signals.Contains)) && !rule.Unless.Any(signals.Contains))
            {
                urgency = rule.Urgency;
                break;
            }
        }

        var reasons = ageReasons.Concat(fired.Values).ToList();
        // When in doubt, the higher level: an emergency in words no pattern knows still reads like the emergencies the
        // examples hold. The rules' decision stands on its own; resemblance only ever raises it, and not against what the
        // rules understood: words negated or in the past ("he doesn't have a gun"), a question, a rumour.
        // A message in which the rules found nothing at all must resemble more closely, and must tell the tip:
        // talk (an address, a worried husband, "I work nights, call me after 2") reads like the tips the models learned
        // from far more often than a tip reads like nothing (14 of 40 such messages held out, bench/RESULTS.md).
        var found = !minor && fired.Count == 0 ? RulesFound.Nothing
            : fired.Keys.All(policy.ResemblanceWeak.Contains) ? RulesFound.OnlyWeak : RulesFound.Indicator;
        if (policy.Raises.Count > 0 && !policy.ResemblanceUnless.Any(signals.Contains) && (tellsTheTip || found != RulesFound.Nothing)
            && new ResemblanceText(folded) is var read && ResemblanceModel.CanJudge(read, found))
        {
            foreach (var raise in policy.Raises)
            {
                if (urgency >= raise.To) break;
                var p = raise.Model.Probability(read);
                if (p < (found == RulesFound.Nothing ? Math.Max(raise.At, policy.RaiseAloneAt) : raise.At)) continue;
                urgency = raise.To;
                var evidence = string.Join(" ", [p.ToString("0.00", CultureInfo.InvariantCulture), .. raise.Model.Evidence(read)]);
                reasons.Add(new TriageReason(raise.To == Urgency.P1 ? "resembles_emergency" : "resembles_urgent", evidence, language ?? ""));
                break;
            }
        }
        return new TriageDecision(urgency, minor, offence, firstPerson, reasons, ages);
    }

    private bool AboutSomeoneElse(string folded, LiteralGate.Passes passes) =>
        Any(policy.OthersCues, folded, passes) && !Any(policy.WriterCues, folded, passes);

    /// <summary>Whether one of <paramref name="cues"/> matches <paramref name="text"/>, which <paramref name="passes"/> was scanned on (or a part of it).</summary>
    private static bool Any(IReadOnlyList<(string Language, PolicyPattern Pattern)> cues, string text, LiteralGate.Passes passes)
    {
        foreach (var (_, cue) in cues)
        {
            if (passes.MayMatch(cue) && cue.IsMatch(text)) return true;
        }
        return false;
    }

    /// <param name="cancelled">Gets <c>negated</c> or <c>past</c> when a match did not count for that reason.</param>
    private TriageReason? FirstMatch(string folded, Scripts scripts, LiteralGate.Passes passes, TriagePolicy.Indicator indicator, string? hint, HashSet<string> cancelled)
    {
        foreach (var (language, pattern) in indicator.Patterns)
        {
            if (pattern.Needs != Scripts.None && (pattern.Needs & scripts) == 0 || !passes.MayMatch(pattern)) continue;
            // After a match that does not count, look again from the next character, not after it: a language's patterns
            // are one alternation, and a longer match that is past or negated must not hide a shorter one inside it.
            for (var m = pattern.Match(folded); m.Success; m = pattern.Match(folded, m.Index + 1))
            {
                if (indicator.Negatable && IsNegated(folded, m.Index, language, hint, passes))
                {
                    cancelled.Add(TriagePolicy.NegatedSignal);
                    continue;
                }
                if (indicator.PresentOnly && IsAboutThePast(folded, m.Index, passes))
                {
                    cancelled.Add(TriagePolicy.PastSignal);
                    continue;
                }
                // "If I call the police, he'll get me deported": a cry for help inside a condition calls no one.
                if (indicator.NotInConditions
                    && IsInCondition(folded, ClauseStart(folded, m.Index, language, hint, passes), m.Index, language, hint, passes))
                {
                    continue;
                }
                return new TriageReason(indicator.Id, m.Value.Trim(), language);
            }
        }
        return null;
    }

    /// <summary>A negation cue shortly before the match, within the same clause ("he doesn't have a gun").</summary>
    private bool IsNegated(string folded, int index, string language, string? hint, LiteralGate.Passes passes)
    {
        // A pattern that itself starts with a negation ("walang sweldo", "nunca sai sozinha") already says what it means.
        if (InLanguage(policy.Negations, language, hint, passes).Any(n => n.Match(folded, index) is { Success: true } m && m.Index == index)) return false;
        var clauseStart = ClauseStart(folded, index, language, hint, passes);
        var cjk = TextNormalizer.IsCjk(folded[index]);
        var from = Math.Max(clauseStart, index - (cjk ? CjkNegationWindow : NegationWindow));
        // A window that starts inside a word does not take its tail for a word: "mon amie …" cut to "n amie …" read
        // French "n" (ne) as a negation. Chinese and Korean have no spaces to tell where a word starts.
        while (!cjk && from > clauseStart && from < index && char.IsLetterOrDigit(folded[from - 1]) && char.IsLetterOrDigit(folded[from])) from++;
        var window = folded[from..index];
        if (!InLanguage(policy.Negations, language, hint, passes).Any(n => n.IsMatch(window))) return false;
        // "If I don't bring the money, he'll kill me": the negation is the condition's, not the threat's.
        return !IsInCondition(folded, clauseStart, index, language, hint, passes);
    }

    /// <summary>Whether the match's clause opens with a condition before it: "if I call the police, …" calls no one.</summary>
    private bool IsInCondition(string folded, int clauseStart, int index, string language, string? hint, LiteralGate.Passes passes)
    {
        var clause = folded[clauseStart..index];
        return InLanguage(policy.Conditionals, language, hint, passes).Any(c => c.IsMatch(clause));
    }

    /// <summary>The cues of the message's language, and of the language it was said to be in, that may match the text.</summary>
    private static IEnumerable<PolicyPattern> InLanguage(IReadOnlyList<(string Language, PolicyPattern Pattern)> cues, string language, string? hint, LiteralGate.Passes passes) =>
        cues.Where(c => (c.Language == language || c.Language == hint) && passes.MayMatch(c.Pattern)).Select(c => c.Pattern);

    /// <summary>
    /// The match's sentence speaks of the past ("last year", "hace 3 años") and nothing in its own clause says now
    /// ("years ago he had a knife, I'm fine now": the "now" belongs to another clause).
    /// </summary>
    private bool IsAboutThePast(string folded, int index, LiteralGate.Passes passes)
    {
        var sentence = Span(folded, index, SentenceEnds);
        var withoutNow = WithoutPresentCues(sentence, passes);
        var clause = Span(folded, index, ClauseEnds);
        // A sentence the cues took words out of is no longer part of the scanned text: its own joins were not scanned.
        return SpeaksOfThePast(withoutNow, ReferenceEquals(withoutNow, sentence) ? passes : default) && !SpeaksOfNow(clause, passes);
    }

    private bool SpeaksOfThePast(string text, LiteralGate.Passes passes) => Any(policy.PastCues, text, passes);

    private bool SpeaksOfNow(string text, LiteralGate.Passes passes) => Any(policy.PresentCues, text, passes);

    /// <summary>"Desde hace un año" (for a year, and still) holds "hace un año" (a year ago): what says now is not read as the past.</summary>
    private string WithoutPresentCues(string text, LiteralGate.Passes passes)
    {
        // A bar, so the words either side do not join into a cue of their own.
        foreach (var (_, cue) in policy.PresentCues)
        {
            if (passes.MayMatch(cue)) text = cue.Replace(text, " | "); // the same string when nothing matched
        }
        return text;
    }

    private static string Span(string folded, int index, char[] ends)
    {
        var start = folded.LastIndexOfAny(ends, Math.Max(0, index - 1)) + 1;
        var end = folded.IndexOfAny(ends, index);
        return folded[start..(end < 0 ? folded.Length : end)];
    }

    /// <summary>
    /// Where the match's clause starts: after the last comma or sentence end, or after a word that starts a new clause
    /// ("but"; "and" with a new subject: "she doesn't speak English and he keeps her passport"), from the policy's data.
    /// </summary>
    private int ClauseStart(string folded, int index, string language, string? hint, LiteralGate.Passes passes)
    {
        var start = folded.LastIndexOfAny(ClauseEnds, Math.Max(0, index - 1)) + 1;
        var end = folded.IndexOfAny(ClauseEnds, index);
        // The whole clause, so a joiner may look at the words after it (Tagalog "at" joins a new clause before "doon").
        var clause = folded[start..(end < 0 ? folded.Length : end)];
        var after = 0;
        foreach (var joiner in InLanguage(policy.ClauseJoiners, language, hint, passes))
        {
            foreach (var m in joiner.Matches(clause))
            {
                if (m.Index < index - start) after = Math.Max(after, Math.Min(m.Index + m.Length, index - start));
            }
        }
        return start + after;
    }

    private bool MayHaveNumber(string folded, string language) =>
        folded.Any(char.IsAsciiDigit) || policy.NumberWords.Keys.Any(w => folded.Contains(w, StringComparison.Ordinal));

    // A word for a day or a time, or a number shaped like a time or a date (the language's time-hints): "room 12",
    // "about 15" or "5th street" are not worth a call to the date-time model.
    private bool MayHaveTime(string folded, string language, LiteralGate.Passes passes) =>
        policy.TimeHints.TryGetValue(language, out var hints) && passes.MayMatch(hints) && hints.IsMatch(folded);

    private void AddRecognizedAges(string text, string language, List<int> ages, List<TriageReason> reasons)
    {
        foreach (var (age, around) in recognizer!.Ages(text, language))
        {
            // "hace cinco años" is a duration, not an age: the words around it say so.
            // Folded on its own, the words around are not a part of the scanned text: every past cue runs.
            if (ages.Contains(age) || SpeaksOfThePast(TextNormalizer.Fold(around), default)) continue;
            ages.Add(age);
            if (age < policy.AdultAge) reasons.Add(new TriageReason("minor", "age=" + age.ToString(CultureInfo.InvariantCulture), language));
        }
    }

    /// <param name="datedLater">Whether a date was resolved, and none of them within hours ("on march 3").</param>
    private TriageReason? RecognizedSoon(string text, string language, DateTimeOffset receivedAt, List<int> ages, out bool datedLater)
    {
        datedLater = false;
        foreach (var time in recognizer!.Times(text, language, receivedAt))
        {
            if (time.Type is "duration" or "set" || IsAnAge(time.Text, ages)) continue;
            // A time of day with no date ("at 9", "11:30") names the next such moment: within the day, whatever the hour now.
            if (time.Type == "time") return new TriageReason("soon", "time=" + time.Text, language);
            var when = ParseResolved(time.Value ?? time.Start);
            if (when is null) continue;
            datedLater = true;
            var local = receivedAt.DateTime;
            var ahead = when.Value - local;
            var sameOrNextDay = when.Value.TimeOfDay == TimeSpan.Zero && (when.Value.Date == local.Date || when.Value.Date == local.Date.AddDays(1));
            if ((ahead >= TimeSpan.FromHours(-1) && ahead <= Imminent) || sameOrNextDay)
            {
                return new TriageReason("soon", "time=" + time.Text, language);
            }
        }
        return null;
    }

    /// <summary>
    /// "A boy around 10" is read by the date-time model as ten o'clock: a bare number that ends the recognised text and
    /// is an age the message states is not a time ("around 10 pm", "10:30", "à 10h" still are).
    /// </summary>
    private static bool IsAnAge(string recognized, List<int> ages)
    {
        var digits = recognized.AsSpan().TrimEnd();
        var start = digits.Length;
        while (start > 0 && char.IsAsciiDigit(digits[start - 1])) start--;
        return start < digits.Length && !recognized.Contains(':')
            && int.TryParse(digits[start..], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && ages.Contains(n);
    }

    private static DateTime? ParseResolved(string? value) =>
        value is not null && DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed : null;

    /// <summary>"Fifty five", "cincuenta y cinco", "năm mươi lăm", "五十五": the age in words ends a larger number.</summary>
    private int WithTensBefore(string before, int age, LiteralGate.Passes passes)
    {
        // Every language's: the age patterns run in all languages ("cinco años" matches Portuguese's as well as Spanish's).
        foreach (var (_, compound) in policy.CompoundAges)
        {
            if (!passes.MayMatch(compound)) continue;
            var m = compound.Match(before);
            if (!m.Success) continue;
            if (m.Groups["tens"] is { Success: true } tens && policy.NumberWords.TryGetValue(tens.Value.Trim(), out var t)) return t + age;
            if (m.Groups["digit"] is { Success: true } digit && policy.NumberWords.TryGetValue(digit.Value.Trim(), out var d) && age >= 10) return d * 10 + age - 10;
        }
        return age;
    }

    /// <param name="then">Ages stated in the past ("when I was 15"): the past cue is just before the age.</param>
    private List<int> FindAges(string folded, LiteralGate.Passes passes, out List<TriageReason> reasons, out HashSet<int> then)
    {
        var ages = new List<int>();
        reasons = [];
        then = [];
        foreach (var (language, pattern) in policy.AgePatterns)
        {
            if (!passes.MayMatch(pattern)) continue;
            foreach (var m in pattern.Matches(folded))
            {
                var group = m.Groups["age"];
                if (!group.Success) continue;
                var raw = group.Value.Trim();
                var before = folded[Math.Max(0, group.Index - 24)..group.Index];
                int age;
                if (!int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out age))
                {
                    if (!policy.NumberWords.TryGetValue(raw, out age)) continue;
                    age = WithTensBefore(before, age, passes);
                }
                if (age is < 1 or > 99 || ages.Contains(age)) continue;
                ages.Add(age);
                if (SpeaksOfThePast(before, passes)) then.Add(age);
                if (age < policy.AdultAge) reasons.Add(new TriageReason("minor", "age=" + age.ToString(CultureInfo.InvariantCulture), language));
            }
        }
        return ages;
    }
}
