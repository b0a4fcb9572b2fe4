using System.Collections.Frozen;
using System.Collections.Immutable;
using TipLine.Core.Text;

namespace TipLine.Core.Dialogs;

/// <summary>
/// Every flow, string, command and answer word read from the dialog directory, checked as a whole.
/// Immutable once loaded; a conversation keeps the version of each flow it started on (see <see cref="DialogRuntime"/>).
/// </summary>
public sealed class DialogSet
{
    public const string StartFlow = "start";
    public const int MaxSegments = 2;

    private readonly FrozenDictionary<string, DialogFlow> _flows;
    private readonly FrozenDictionary<string, LocalizedString> _strings;
    private readonly FrozenDictionary<string, (CommandKind Kind, string Language)> _commands;
    private readonly FrozenDictionary<string, (string Answer, string Language)> _answers;
    private readonly FrozenDictionary<string, string> _languageNames;

    private DialogSet(
        IEnumerable<DialogFlow> flows,
        IEnumerable<LocalizedString> strings,
        IReadOnlyDictionary<string, (CommandKind, string)> commands,
        IReadOnlyDictionary<string, (string, string)> answers,
        IReadOnlyDictionary<string, string> events,
        IReadOnlyDictionary<string, string> languageNames,
        ImmutableArray<string> languages)
    {
        _languageNames = languageNames.ToFrozenDictionary();
        _flows = flows.ToFrozenDictionary(f => f.Id);
        _strings = strings.ToFrozenDictionary(s => s.Key);
        _commands = commands.ToFrozenDictionary();
        _answers = answers.ToFrozenDictionary();
        Events = events.ToFrozenDictionary();
        Languages = languages;
    }

    /// <summary>The languages every string must have.</summary>
    public ImmutableArray<string> Languages { get; }

    public IReadOnlyDictionary<string, string> Events { get; }

    public IEnumerable<DialogFlow> Flows => _flows.Values;

    public IEnumerable<LocalizedString> Strings => _strings.Values;

    public DialogFlow Flow(string id) => _flows[id];

    public bool TryGetFlow(string id, out DialogFlow flow) => _flows.TryGetValue(id, out flow!);

    public bool HasString(string key) => _strings.ContainsKey(key);

    /// <summary>The text of a string in a language, a variation picked by <paramref name="pick"/>.</summary>
    public string Text(string key, string language, Func<int, int>? pick = null)
    {
        var entry = _strings[key];
        if (!entry.Variations.TryGetValue(language, out var texts)) texts = entry.Variations[Languages[0]];
        return texts.Length == 1 || pick is null ? texts[0] : texts[pick(texts.Length)];
    }

    /// <summary>The text of a string with its {placeholders} filled in.</summary>
    public string Render(string key, string language, IReadOnlyDictionary<string, string> values, Func<int, int>? pick = null)
    {
        var text = Text(key, language, pick);
        foreach (var (name, value) in values) text = text.Replace("{" + name + "}", value, StringComparison.Ordinal);
        return text;
    }

    /// <summary>The language a message names when it is only a language's name ("español", "en français", "中文").</summary>
    public string? MatchLanguageName(string folded) => _languageNames.GetValueOrDefault(folded);

    public CommandKind? MatchCommand(string folded) =>
        _commands.TryGetValue(folded, out var hit) ? hit.Kind : null;

    /// <summary>"yes" or "no" for a folded answer, in any language of the set.</summary>
    public string? MatchYesNo(string folded) =>
        _answers.TryGetValue(folded, out var hit) ? hit.Answer : null;

    /// <summary>The words that introduce a correction, longest first ("cambiar", "change").</summary>
    public IEnumerable<string> ChangeWords =>
        _commands.Where(c => c.Value.Kind == CommandKind.Change).Select(c => c.Key).OrderByDescending(w => w.Length);

    public static DialogSet Load(string directory)
    {
        var (set, problems) = TryLoad(directory);
        if (problems.Count > 0) throw new DialogLoadException(problems);
        return set!;
    }

    /// <summary>Reads and checks every *.yaml file in <paramref name="directory"/>; never throws for bad content.</summary>
    public static (DialogSet? Set, IReadOnlyList<DialogProblem> Problems) TryLoad(string directory)
    {
        var problems = new List<DialogProblem>();
        if (!Directory.Exists(directory))
        {
            problems.Add(new(new SourceLocation(directory, 0), "the dialogs directory does not exist"));
            return (null, problems);
        }

        var readers = new List<DialogFileReader>();
        foreach (var path in Directory.EnumerateFiles(directory, "*.yaml").Order(StringComparer.Ordinal))
        {
            var reader = new DialogFileReader(path, Path.Combine(Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory))), Path.GetFileName(path)), problems);
            reader.Read();
            readers.Add(reader);
        }

        var flows = new Dictionary<string, DialogFlow>();
        var strings = new Dictionary<string, LocalizedString>();
        var commands = new Dictionary<string, (CommandKind, string)>();
        var answers = new Dictionary<string, (string, string)>();
        var events = new Dictionary<string, string>();
        var eventLocations = new Dictionary<string, SourceLocation>();
        var languageNames = new Dictionary<string, string>();
        List<string>? languages = null;

        foreach (var reader in readers)
        {
            if (reader.Flow is { } flow)
            {
                if (!flows.TryAdd(flow.Id, flow)) problems.Add(new(flow.Location, $"flow '{flow.Id}' is defined twice"));
            }
            foreach (var s in reader.Strings)
            {
                if (!strings.TryAdd(s.Key, s)) problems.Add(new(s.Location, $"string '{s.Key}' is defined twice (also at {strings[s.Key].Location})"));
            }
            foreach (var (kind, perLanguage) in reader.Commands)
            {
                foreach (var (lang, words) in perLanguage)
                {
                    foreach (var w in words) commands.TryAdd(TextNormalizer.FoldCommand(w), (kind, lang));
                }
            }
            foreach (var (answer, perLanguage) in reader.Answers)
            {
                foreach (var (lang, words) in perLanguage)
                {
                    foreach (var w in words) answers.TryAdd(TextNormalizer.FoldCommand(w), (answer, lang));
                }
            }
            foreach (var (name, (key, location)) in reader.Events)
            {
                events[name] = key;
                eventLocations[name] = location;
            }
            languages ??= reader.Languages;
            foreach (var (lang, names) in reader.LanguageNames)
            {
                foreach (var name in names) languageNames[TextNormalizer.FoldCommand(name)] = lang;
            }
        }

        languages ??= ["en", "es"];
        var set = new DialogSet(flows.Values, strings.Values, commands, answers, events, languageNames, [.. languages]);
        DialogChecks.Run(set, eventLocations, problems);
        return (problems.Count == 0 ? set : null, problems);
    }
}
