using TipLine.Core.Text;

namespace TipLine.Core.Dialogs;

/// <summary>The checks that make a broken dialog file fail at start-up and in <c>tipline dialogs check</c>.</summary>
internal static class DialogChecks
{
    public static void Run(DialogSet set, IReadOnlyDictionary<string, SourceLocation> eventLocations, List<DialogProblem> problems)
    {
        if (!set.TryGetFlow(DialogSet.StartFlow, out _))
        {
            problems.Add(new(new SourceLocation("dialogs", 0), $"there is no '{DialogSet.StartFlow}' flow"));
        }

        var slots = set.Flows.SelectMany(f => f.Steps).Where(s => s.Slot is not null).Select(s => s.Slot!)
            .Concat(set.Flows.Where(f => f.OpeningSlot is not null).Select(f => f.OpeningSlot!))
            .Append(Condition.UrgencyName)
            .ToHashSet();

        foreach (var flow in set.Flows) CheckFlow(set, flow, slots, problems);

        foreach (var (name, key) in set.Events)
        {
            if (!set.HasString(key)) problems.Add(new(eventLocations[name], $"event '{name}' names unknown string '{key}'"));
        }

        foreach (var s in set.Strings) CheckString(set, s, problems);

        CheckReachability(set, problems);
    }

    private static void CheckFlow(DialogSet set, DialogFlow flow, HashSet<string> slots, List<DialogProblem> problems)
    {
        var ids = new HashSet<string>();
        var ended = false;
        foreach (var step in flow.Steps)
        {
            if (!ids.Add(step.Id)) problems.Add(new(step.Location, $"step '{step.Id}' appears twice in flow '{flow.Id}'"));
            if (ended) problems.Add(new(step.Location, $"step '{step.Id}' can never be reached: an earlier step always ends the flow"));
            if (step.EndsFlow && step.When is null) ended = true;

            var actions = new[] { step.Ask, step.Say, step.Call }.Count(a => a is not null);
            if (actions != 1) problems.Add(new(step.Location, $"step '{step.Id}' must have exactly one of 'ask', 'say' or 'call'"));

            if (step.Ask is not null && step.Slot is null) problems.Add(new(step.Location, $"step '{step.Id}' asks a question but fills no slot"));
            if (step.Ask is null && step.Slot is not null) problems.Add(new(step.Location, $"step '{step.Id}' fills slot '{step.Slot}' but asks nothing"));

            foreach (var key in new[] { step.Ask, step.Say }.Where(k => k is not null))
            {
                if (!set.HasString(key!)) problems.Add(new(step.Location, $"step '{step.Id}' uses unknown string '{key}'"));
            }

            if (step.Call is not null && !set.TryGetFlow(step.Call, out _)) problems.Add(new(step.Location, $"step '{step.Id}' calls unknown flow '{step.Call}'"));
            if (step.Call == DialogSet.StartFlow) problems.Add(new(step.Location, $"step '{step.Id}' calls the start flow"));

            if (step.When is { } when && !slots.Contains(when.Name))
            {
                problems.Add(new(step.Location, $"step '{step.Id}': condition '{when}' names no slot"));
            }

            if (step.Input == InputKind.Choice && step.Options.IsEmpty) problems.Add(new(step.Location, $"step '{step.Id}' is a choice with no options"));
            if (step.Input != InputKind.Choice && !step.Options.IsEmpty) problems.Add(new(step.Location, $"step '{step.Id}' has options but its input is {step.Input.ToString().ToLowerInvariant()}"));
            foreach (var option in step.Options)
            {
                if (!set.HasString(option.LabelKey)) problems.Add(new(step.Location, $"option '{option.Value}' of step '{step.Id}' uses unknown string '{option.LabelKey}'"));
            }

            if (step.IsQuestion && set.HasString(step.Ask!) && step.Options.All(o => set.HasString(o.LabelKey)))
            {
                foreach (var language in set.Languages)
                {
                    // A question can follow the acknowledgement of the last answer in the same text.
                    var ack = set.Strings.FirstOrDefault(s => s.Key == "ack") is { } acks && acks.Variations.TryGetValue(language, out var texts) ? texts.MaxBy(a => a.Length) : null;
                    var prompt = (ack is null ? "" : ack + " ") + PromptRenderer.Question(set, step, language, null);
                    var segments = SmsSegments.Count(prompt);
                    if (segments > DialogSet.MaxSegments)
                    {
                        problems.Add(new(step.Location, $"step '{step.Id}' in '{language}' takes {segments} SMS segments (at most {DialogSet.MaxSegments}): shorten it"));
                    }
                }
            }
        }
    }

    private static void CheckString(DialogSet set, LocalizedString s, List<DialogProblem> problems)
    {
        foreach (var language in set.Languages)
        {
            if (!s.Variations.ContainsKey(language)) problems.Add(new(s.Location, $"string '{s.Key}' has no '{language}' translation"));
        }
        foreach (var (language, texts) in s.Variations)
        {
            if (!set.Languages.Contains(language)) problems.Add(new(s.Location, $"string '{s.Key}' has text for '{language}', which is not a language of the dialogs"));
            foreach (var text in texts)
            {
                var segments = SmsSegments.Count(text.Replace("{reference}", "TL-XXXX"));
                if (segments > DialogSet.MaxSegments)
                {
                    problems.Add(new(s.Location, $"string '{s.Key}' in '{language}' takes {segments} SMS segments (at most {DialogSet.MaxSegments}): shorten it"));
                }
            }
        }
        foreach (var language in s.Reviewed)
        {
            if (!s.Variations.ContainsKey(language)) problems.Add(new(s.Location, $"string '{s.Key}' is marked reviewed in '{language}', which it does not have"));
        }
    }

    /// <summary>Every flow must be reachable from the start flow through calls.</summary>
    private static void CheckReachability(DialogSet set, List<DialogProblem> problems)
    {
        if (!set.TryGetFlow(DialogSet.StartFlow, out _)) return;
        var reached = new HashSet<string> { DialogSet.StartFlow };
        var queue = new Queue<string>([DialogSet.StartFlow]);
        while (queue.TryDequeue(out var id))
        {
            foreach (var step in set.Flow(id).Steps)
            {
                if (step.Call is { } callee && set.TryGetFlow(callee, out _) && reached.Add(callee)) queue.Enqueue(callee);
            }
        }
        foreach (var flow in set.Flows.Where(f => !reached.Contains(f.Id)))
        {
            problems.Add(new(flow.Location, $"flow '{flow.Id}' is never called from '{DialogSet.StartFlow}'"));
        }
    }
}
