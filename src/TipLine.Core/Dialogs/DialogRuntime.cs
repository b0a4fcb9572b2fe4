using System.Globalization;
using System.Text.RegularExpressions;
using TipLine.Core.Text;

namespace TipLine.Core.Dialogs;

/// <summary>What the person sent in one turn.</summary>
public sealed record DialogInput(string Text, DateTimeOffset ReceivedAt, int MediaCount = 0);

/// <summary>What the turn knows beyond the text: the triage urgency and values for {placeholders}.</summary>
public sealed record DialogContext(string? Urgency, IReadOnlyDictionary<string, string> Values);

/// <summary>How a turn used the person's text: part of their account, a pick or yes/no, or a command.</summary>
public enum InputUse { Account, Pick, Command }

/// <summary>The replies of a turn, whether the conversation is now complete, and how the input was used.</summary>
public sealed record DialogTurn(IReadOnlyList<string> Replies, bool Completed, InputUse Use = InputUse.Account);

/// <summary>
/// Runs flows read from <see cref="DialogSet"/>: asks one question at a time, validates answers by kind,
/// and handles the global commands (skip, done, change) wherever the person is.
/// Modelled on Bot Framework's DialogContext (a stack of frames), which is not available here.
/// </summary>
public sealed partial class DialogRuntime(DialogSet set, IAnswerRecognizer recognizer, Func<int, int>? pick = null)
{
    public const int OpeningWords = 4;
    public const int MaxFailedTries = 2;

    private readonly Func<int, int> _pick = pick ?? Random.Shared.Next;

    public DialogSet Set => set;

    public DialogTurn Continue(DialogState state, DialogInput input, DialogContext context)
    {
        var replies = new List<string>();
        if (context.Urgency == "P1" && !state.UrgentGuidanceGiven && set.Events.TryGetValue("urgent", out var urgentKey))
        {
            replies.Add(Say(urgentKey, state, context));
            state.UrgentGuidanceGiven = true;
        }

        if (state.Completed) return new DialogTurn(replies, true);

        if (!state.Started)
        {
            var opening = Start(state, input, context, replies);
            return new DialogTurn(replies, state.Completed, opening);
        }

        MigrateToCurrentVersions(state);
        var folded = TextNormalizer.FoldCommand(input.Text);
        switch (set.MatchCommand(folded))
        {
            case CommandKind.Done:
                Finish(state, context, replies);
                return new DialogTurn(replies, true, InputUse.Command);
            case CommandKind.Skip when Top(state) is { Awaiting: true } frame:
                Record(state, frame, input, text: input.Text, value: null, skipped: true);
                AfterAnswer(state, context, replies, ack: false);
                return new DialogTurn(replies, state.Completed, InputUse.Command);
        }

        if (TryStartCorrection(state, folded, context, replies)) return new DialogTurn(replies, false, InputUse.Command);

        var use = InputUse.Account;
        if (Top(state) is { Awaiting: true } awaiting)
        {
            use = Answer(state, awaiting, input, context, replies);
        }
        else
        {
            Advance(state, context, replies, finishing: false);
        }
        return new DialogTurn(replies, state.Completed, use);
    }

    /// <summary>
    /// Switches the conversation to <paramref name="language"/>: confirmed in that language, then the open question
    /// asked again in it (or the conversation started in it).
    /// </summary>
    public DialogTurn SwitchLanguage(DialogState state, string language, DateTimeOffset at, DialogContext context)
    {
        state.Language = language;
        var replies = new List<string> { Say("language.switched", state, context) };
        if (!state.Started)
        {
            var opening = new List<string>();
            Start(state, new DialogInput("", at), context, opening);
            replies.AddRange(opening);
        }
        else if (Top(state) is { Awaiting: true } frame)
        {
            frame.AskedText = PromptRenderer.Question(set, StepOf(frame), language, _pick);
            replies.Add(frame.AskedText);
        }
        return new DialogTurn(replies, state.Completed, InputUse.Command);
    }

    private InputUse Start(DialogState state, DialogInput input, DialogContext context, List<string> replies)
    {
        state.Started = true;
        var start = set.Flow(DialogSet.StartFlow);
        state.Stack.Add(NewFrame(start));

        var usedAsOpening = false;
        if (start.OpeningSlot is { } openingSlot && TextNormalizer.CountWords(input.Text) >= OpeningWords)
        {
            state.Slots[openingSlot] = new SlotValue
            {
                FlowId = start.Id, StepId = "opening", Text = input.Text, AnsweredAt = input.ReceivedAt,
            };
            usedAsOpening = true;
        }

        Advance(state, context, replies, finishing: false);

        // A short first message may already answer the first question ("2" after reading the HELP text).
        if (!usedAsOpening && Top(state) is { Awaiting: true } frame && input.Text.Trim().Length > 0)
        {
            var step = StepOf(frame);
            if (TryRead(step, input, state.Language) is { } value)
            {
                replies.Clear();
                Record(state, frame, input, input.Text, value, skipped: false);
                AfterAnswer(state, context, replies, ack: false);
                return UseOf(step);
            }
        }
        return InputUse.Account;
    }

    private static InputUse UseOf(DialogStep step) => step.Input is InputKind.Choice or InputKind.YesNo ? InputUse.Pick : InputUse.Account;

    private InputUse Answer(DialogState state, DialogFrame frame, DialogInput input, DialogContext context, List<string> replies)
    {
        var step = StepOf(frame);
        var value = TryRead(step, input, state.Language);
        if (value is not null)
        {
            var text = frame.FailedAnswers.Count > 0 ? string.Join(" / ", frame.FailedAnswers.Append(input.Text)) : input.Text;
            Record(state, frame, input, text, value, skipped: false);
            AfterAnswer(state, context, replies, ack: true);
            return UseOf(step);
        }

        frame.FailedTries++;
        frame.FailedAnswers.Add(input.Text);
        if (frame.FailedTries >= MaxFailedTries)
        {
            // Never lose an answer: after two tries it is kept as the person wrote it.
            var slot = Record(state, frame, input, string.Join(" / ", frame.FailedAnswers), null, skipped: false);
            slot.KeptAsText = true;
            AfterAnswer(state, context, replies, ack: true);
            return InputUse.Account;
        }

        replies.Add(Reprompt(step, state, context));
        return InputUse.Account;
    }

    private string Reprompt(DialogStep step, DialogState state, DialogContext context)
    {
        var key = "reprompt." + step.Input.ToString().ToLowerInvariant();
        return set.HasString(key) ? Say(key, state, context) + (step.Input == InputKind.Choice ? "\n" + Options(step, state) : "") : Top(state)!.AskedText!;
    }

    private string Options(DialogStep step, DialogState state) =>
        string.Join("\n", step.Options.Select((o, i) => $"{i + 1} {set.Text(o.LabelKey, state.Language, _pick)}"));

    private void AfterAnswer(DialogState state, DialogContext context, List<string> replies, bool ack)
    {
        var frame = Top(state)!;
        frame.Awaiting = false;
        frame.FailedTries = 0;
        frame.FailedAnswers.Clear();
        if (frame.Revisit)
        {
            state.Stack.RemoveAt(state.Stack.Count - 1);
            replies.Add(Say("change.done", state, context));
            if (Top(state) is { Awaiting: true, AskedText: { } again }) replies.Add(again);
            else Advance(state, context, replies, finishing: false);
            return;
        }

        frame.StepIndex++;
        var before = replies.Count;
        Advance(state, context, replies, finishing: false);
        // Thank the person before the next question; a closing line speaks for itself.
        if (ack && replies.Count > before && set.HasString("ack") && Top(state) is { Awaiting: true } next && replies[before] == next.AskedText)
        {
            replies[before] = Say("ack", state, context) + " " + replies[before];
        }
    }

    private void Finish(DialogState state, DialogContext context, List<string> replies)
    {
        state.Stack.RemoveAll(f => f.Revisit);
        foreach (var frame in state.Stack) frame.Awaiting = false;
        // Unwind called flows, then say the start flow's closing lines without asking anything more.
        while (state.Stack.Count > 1) state.Stack.RemoveAt(state.Stack.Count - 1);
        if (Top(state) is { } start) start.StepIndex++;
        Advance(state, context, replies, finishing: true);
        state.Completed = true;
    }

    private void Advance(DialogState state, DialogContext context, List<string> replies, bool finishing)
    {
        while (Top(state) is { } frame)
        {
            var flow = set.Flow(frame.FlowId);
            if (frame.StepIndex >= flow.Steps.Length)
            {
                state.Stack.RemoveAt(state.Stack.Count - 1);
                if (Top(state) is { } parent) parent.StepIndex++;
                continue;
            }

            var step = flow.Steps[frame.StepIndex];
            frame.StepId = step.Id;
            if (step.When is { } when && !when.IsSatisfied(name => Lookup(state, context, name)))
            {
                frame.StepIndex++;
                continue;
            }

            if (step.Say is { } say)
            {
                replies.Add(Say(say, state, context));
                if (step.EndsFlow)
                {
                    state.Stack.Clear();
                    break;
                }
                frame.StepIndex++;
                continue;
            }

            if (finishing)
            {
                frame.StepIndex++;
                continue;
            }

            if (step.Call is { } callee)
            {
                state.Stack.Add(NewFrame(set.Flow(callee)));
                continue;
            }

            frame.Awaiting = true;
            frame.AskedText = PromptRenderer.Question(set, step, state.Language, _pick);
            replies.Add(frame.AskedText);
            return;
        }

        state.Completed = true;
    }

    private bool TryStartCorrection(DialogState state, string folded, DialogContext context, List<string> replies)
    {
        var word = set.ChangeWords.FirstOrDefault(w => folded == w || folded.StartsWith(w + " ", StringComparison.Ordinal));
        if (word is null) return false;

        var name = folded[word.Length..].Trim();
        var target = set.Flows
            .SelectMany(f => f.Steps.Select((s, i) => (Flow: f, Step: s, Index: i)))
            .Where(x => x.Step.IsQuestion && x.Step.Names.Values.Any(names => names.Any(n => TextNormalizer.FoldCommand(n) == name)))
            .OrderByDescending(x => x.Step.Slot is not null && state.Slots.ContainsKey(x.Step.Slot))
            .ThenByDescending(x => state.Stack.Any(f => f.FlowId == x.Flow.Id))
            .FirstOrDefault();

        if (target.Step is null)
        {
            replies.Add(Say("change.unknown", state, context));
            return true;
        }

        var frame = NewFrame(target.Flow);
        frame.StepIndex = target.Index;
        frame.StepId = target.Step.Id;
        frame.Revisit = true;
        frame.Awaiting = true;
        frame.AskedText = PromptRenderer.Question(set, target.Step, state.Language, _pick);
        state.Stack.Add(frame);
        replies.Add(frame.AskedText);
        return true;
    }

    /// <summary>Reads an answer of the step's kind; null when it is not one (the person is asked again).</summary>
    private string? TryRead(DialogStep step, DialogInput input, string language)
    {
        var text = input.Text.Trim();
        var folded = TextNormalizer.FoldCommand(text);
        switch (step.Input)
        {
            case InputKind.Text or InputKind.Place:
                return text.Length > 0 || input.MediaCount > 0 ? text : null;
            case InputKind.Media:
                return input.MediaCount > 0 ? input.MediaCount.ToString(CultureInfo.InvariantCulture) : null;
            case InputKind.YesNo:
                return set.MatchYesNo(folded) ?? set.MatchYesNo(folded.Split(' ', ',')[0]);
            case InputKind.Choice:
                return ReadChoice(step, folded, language);
            case InputKind.DateTime:
                // "for months now", "every weekend since summer": timing told in words is an answer even when it resolves to no date.
                return recognizer.DateTime(text, language, input.ReceivedAt) ?? (TextNormalizer.CountWords(text) >= 3 ? text : null);
            case InputKind.Age:
                return recognizer.Age(text, language)?.ToString(CultureInfo.InvariantCulture)
                    ?? (recognizer.Number(text, language) is { } n and > 0 and < 120 ? ((int)n).ToString(CultureInfo.InvariantCulture) : null);
            case InputKind.Number:
                return recognizer.Number(text, language)?.ToString(CultureInfo.InvariantCulture);
            case InputKind.Phone:
                return recognizer.PhoneNumber(text, language);
            default:
                return null;
        }
    }

    private string? ReadChoice(DialogStep step, string folded, string language)
    {
        var picked = new List<string>();
        // Numbers count only in a message that is nothing but numbers ("2", "1 and 3"): "part 1 of what I saw" is not a pick.
        if (OnlyNumbers().IsMatch(folded))
        {
            foreach (Match m in Digits().Matches(folded))
            {
                if (int.TryParse(m.Value, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= step.Options.Length)
                {
                    var value = step.Options[n - 1].Value;
                    if (!picked.Contains(value)) picked.Add(value);
                }
            }
        }
        else
        {
            foreach (var option in step.Options)
            {
                var label = TextNormalizer.FoldCommand(set.Text(option.LabelKey, language));
                if (folded == label || folded == option.Value || (folded.Length > 3 && label.Contains(folded, StringComparison.Ordinal)))
                {
                    picked.Add(option.Value);
                }
            }
        }

        if (picked.Count == 0) return null;
        return step.Multiple ? string.Join(",", picked) : picked[0];
    }

    private SlotValue Record(DialogState state, DialogFrame frame, DialogInput input, string text, string? value, bool skipped)
    {
        var step = StepOf(frame);
        var slot = new SlotValue
        {
            FlowId = frame.FlowId,
            StepId = step.Id,
            Question = frame.AskedText,
            Text = text,
            Value = value,
            Skipped = skipped,
            AnsweredAt = input.ReceivedAt,
        };
        state.Slots[step.Slot!] = slot;
        return slot;
    }

    /// <summary>A conversation started on an older version of a flow continues at the same step id in the new one.</summary>
    private void MigrateToCurrentVersions(DialogState state)
    {
        foreach (var frame in state.Stack)
        {
            if (!set.TryGetFlow(frame.FlowId, out var flow))
            {
                state.Stack.Clear();
                state.Completed = true;
                return;
            }
            if (flow.Version == frame.FlowVersion) continue;

            var index = flow.IndexOf(frame.StepId);
            if (index < 0)
            {
                frame.StepIndex = Math.Min(frame.StepIndex, flow.Steps.Length);
                frame.Awaiting = false;
            }
            else
            {
                frame.StepIndex = index;
                frame.Awaiting = frame.Awaiting && flow.Steps[index].IsQuestion;
            }
            frame.FlowVersion = flow.Version;
        }
    }

    private string Say(string key, DialogState state, DialogContext context) => set.Render(key, state.Language, context.Values, _pick);

    private static string? Lookup(DialogState state, DialogContext context, string name) =>
        name == Condition.UrgencyName ? context.Urgency : state.ValueOf(name);

    private DialogStep StepOf(DialogFrame frame) => set.Flow(frame.FlowId).Steps[frame.StepIndex];

    private static DialogFrame? Top(DialogState state) => state.Stack.Count == 0 ? null : state.Stack[^1];

    private static DialogFrame NewFrame(DialogFlow flow) => new() { FlowId = flow.Id, FlowVersion = flow.Version };

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    // Single-character alternatives on the linear engine: "(\d+|…)+" backtracks exponentially on "5555…x" (found by fuzzing).
    [GeneratedRegex(@"^(?:\d|[\s,;/&+.#-]|\b(?:and|y|e|et|va|и|at|و)\b)+$", RegexOptions.NonBacktracking)]
    private static partial Regex OnlyNumbers();
}
