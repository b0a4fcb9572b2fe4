using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TipLine.Core.Dialogs;

/// <summary>
/// Reads one dialog file. YamlDotNet's representation model is used instead of deserialising into classes
/// because it keeps every node's line, so each problem can be reported where it was written.
/// </summary>
internal sealed class DialogFileReader(string path, string displayName, List<DialogProblem> problems)
{
    private static readonly HashSet<string> FileKeys = ["flow", "opening-slot", "steps", "strings", "commands", "answers", "events", "languages", "language-names"];
    private static readonly HashSet<string> StepKeys = ["id", "when", "ask", "say", "call", "slot", "input", "multiple", "end", "options", "names"];
    private static readonly HashSet<string> OptionKeys = ["value", "label"];

    public DialogFlow? Flow { get; private set; }
    public List<LocalizedString> Strings { get; } = [];
    public Dictionary<CommandKind, Dictionary<string, List<string>>> Commands { get; } = [];
    public Dictionary<string, Dictionary<string, List<string>>> Answers { get; } = [];
    public Dictionary<string, (string Key, SourceLocation Location)> Events { get; } = [];
    public List<string>? Languages { get; private set; }
    public Dictionary<string, List<string>> LanguageNames { get; } = [];

    public void Read()
    {
        string text;
        try
        {
            text = File.ReadAllText(path, new UTF8Encoding(false, throwOnInvalidBytes: true));
        }
        catch (DecoderFallbackException)
        {
            problems.Add(new(At(1), "the file is not valid UTF-8"));
            return;
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            problems.Add(new(At((int)e.Start.Line), "not valid YAML: " + e.Message));
            return;
        }

        if (stream.Documents.Count == 0) return;
        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            problems.Add(new(At(stream.Documents[0].RootNode), "a dialog file must be a mapping of keys"));
            return;
        }

        foreach (var (keyNode, valueNode) in root.Children)
        {
            var key = Scalar(keyNode);
            switch (key)
            {
                case "strings": ReadStrings(valueNode); break;
                case "commands": ReadCommands(valueNode); break;
                case "answers": ReadWordLists(valueNode, Answers); break;
                case "events": ReadEvents(valueNode); break;
                case "languages": Languages = ReadList(valueNode); break;
                case "language-names": ReadLanguageNames(valueNode); break;
                case "flow" or "opening-slot" or "steps": break;
                default: problems.Add(new(At(keyNode), $"unknown key '{key}' (expected one of {string.Join(", ", FileKeys)})")); break;
            }
        }

        if (Get(root, "flow") is { } flowNode)
        {
            ReadFlow(root, flowNode, text);
        }
        else if (Get(root, "steps") is { } stepsNode)
        {
            problems.Add(new(At(stepsNode), "'steps' without 'flow': name the flow"));
        }
    }

    private void ReadFlow(YamlMappingNode root, YamlNode flowNode, string text)
    {
        var id = Scalar(flowNode);
        var opening = Get(root, "opening-slot") is { } o ? Scalar(o) : null;
        var steps = ImmutableArray.CreateBuilder<DialogStep>();
        if (Get(root, "steps") is YamlSequenceNode seq)
        {
            foreach (var node in seq.Children)
            {
                if (ReadStep(node) is { } step) steps.Add(step);
            }
        }
        else
        {
            problems.Add(new(At(flowNode), $"flow '{id}' has no 'steps' list"));
        }

        var version = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12].ToLowerInvariant();
        Flow = new DialogFlow(id, version, At(flowNode), opening, steps.ToImmutable());
    }

    private DialogStep? ReadStep(YamlNode node)
    {
        if (node is not YamlMappingNode map)
        {
            problems.Add(new(At(node), "a step must be a mapping with at least 'id'"));
            return null;
        }

        foreach (var (k, _) in map.Children)
        {
            var key = Scalar(k);
            if (!StepKeys.Contains(key)) problems.Add(new(At(k), $"unknown step key '{key}' (expected one of {string.Join(", ", StepKeys)})"));
        }

        if (Get(map, "id") is not { } idNode)
        {
            problems.Add(new(At(map), "a step needs an 'id'"));
            return null;
        }

        Condition? when = null;
        if (Get(map, "when") is { } whenNode)
        {
            if (!Condition.TryParse(Scalar(whenNode), out when, out var error)) problems.Add(new(At(whenNode), error!));
        }

        var input = InputKind.Text;
        if (Get(map, "input") is { } inputNode && !Enum.TryParse(Scalar(inputNode).Replace("-", ""), ignoreCase: true, out input))
        {
            problems.Add(new(At(inputNode), $"unknown input '{Scalar(inputNode)}' (expected one of {string.Join(", ", Enum.GetNames<InputKind>().Select(n => n.ToLowerInvariant()))})"));
        }

        var options = ImmutableArray.CreateBuilder<ChoiceOption>();
        if (Get(map, "options") is { } optionsNode)
        {
            if (optionsNode is YamlSequenceNode optionList)
            {
                foreach (var optionNode in optionList.Children)
                {
                    if (optionNode is YamlMappingNode option && Get(option, "value") is { } v && Get(option, "label") is { } l)
                    {
                        foreach (var (k, _) in option.Children)
                        {
                            if (!OptionKeys.Contains(Scalar(k))) problems.Add(new(At(k), $"unknown option key '{Scalar(k)}'"));
                        }
                        options.Add(new ChoiceOption(Scalar(v), Scalar(l)));
                    }
                    else
                    {
                        problems.Add(new(At(optionNode), "an option needs 'value' and 'label'"));
                    }
                }
            }
            else
            {
                problems.Add(new(At(optionsNode), "'options' must be a list"));
            }
        }

        var names = ImmutableDictionary.CreateBuilder<string, ImmutableArray<string>>();
        if (Get(map, "names") is YamlMappingNode namesNode)
        {
            foreach (var (lang, list) in namesNode.Children)
            {
                names[Scalar(lang)] = [.. ReadList(list)];
            }
        }

        return new DialogStep
        {
            Id = Scalar(idNode),
            Location = At(map),
            When = when,
            Ask = Optional(map, "ask"),
            Say = Optional(map, "say"),
            Call = Optional(map, "call"),
            Slot = Optional(map, "slot"),
            Input = input,
            Multiple = Optional(map, "multiple") is "true" or "yes",
            EndsFlow = Optional(map, "end") is "true" or "yes",
            Options = options.ToImmutable(),
            Names = names.ToImmutable(),
        };
    }

    private void ReadStrings(YamlNode node)
    {
        if (node is not YamlMappingNode map)
        {
            problems.Add(new(At(node), "'strings' must map each key to its languages"));
            return;
        }

        foreach (var (keyNode, valueNode) in map.Children)
        {
            var key = Scalar(keyNode);
            if (valueNode is not YamlMappingNode langs)
            {
                problems.Add(new(At(keyNode), $"string '{key}' must map each language to its text"));
                continue;
            }

            var variations = ImmutableDictionary.CreateBuilder<string, ImmutableArray<string>>();
            ImmutableArray<string> reviewed = [];
            foreach (var (langNode, textNode) in langs.Children)
            {
                var lang = Scalar(langNode);
                if (lang == "reviewed")
                {
                    reviewed = [.. ReadList(textNode)];
                    continue;
                }

                var texts = ReadList(textNode);
                if (texts.Count == 0 || texts.Any(string.IsNullOrWhiteSpace))
                {
                    problems.Add(new(At(textNode), $"string '{key}' has an empty text for '{lang}'"));
                }
                variations[lang] = [.. texts];
            }

            Strings.Add(new LocalizedString(key, At(keyNode), variations.ToImmutable(), reviewed));
        }
    }

    private void ReadCommands(YamlNode node)
    {
        var raw = new Dictionary<string, Dictionary<string, List<string>>>();
        ReadWordLists(node, raw);
        foreach (var (name, lists) in raw)
        {
            if (Enum.TryParse<CommandKind>(name, ignoreCase: true, out var kind)) Commands[kind] = lists;
            else problems.Add(new(At(node), $"unknown command '{name}' (expected one of {string.Join(", ", Enum.GetNames<CommandKind>().Select(n => n.ToLowerInvariant()))})"));
        }
    }

    private void ReadWordLists(YamlNode node, Dictionary<string, Dictionary<string, List<string>>> into)
    {
        if (node is not YamlMappingNode map)
        {
            problems.Add(new(At(node), "expected a mapping of names to words per language"));
            return;
        }

        foreach (var (nameNode, langsNode) in map.Children)
        {
            var perLanguage = new Dictionary<string, List<string>>();
            if (langsNode is YamlMappingNode langs)
            {
                foreach (var (lang, words) in langs.Children) perLanguage[Scalar(lang)] = ReadList(words);
            }
            else
            {
                problems.Add(new(At(nameNode), $"'{Scalar(nameNode)}' must map each language to a list of words"));
            }
            into[Scalar(nameNode)] = perLanguage;
        }
    }

    private void ReadLanguageNames(YamlNode node)
    {
        if (node is not YamlMappingNode map)
        {
            problems.Add(new(At(node), "'language-names' must map each language to the words that name it"));
            return;
        }
        foreach (var (lang, words) in map.Children) LanguageNames[Scalar(lang)] = ReadList(words);
    }

    private void ReadEvents(YamlNode node)
    {
        if (node is not YamlMappingNode map) return;
        foreach (var (name, value) in map.Children) Events[Scalar(name)] = (Scalar(value), At(value));
    }

    private List<string> ReadList(YamlNode node) => node switch
    {
        YamlSequenceNode seq => [.. seq.Children.Select(Scalar)],
        YamlScalarNode => [Scalar(node)],
        _ => [],
    };

    private string Scalar(YamlNode node)
    {
        if (node is YamlScalarNode s) return s.Value ?? "";
        problems.Add(new(At(node), "expected a single value here"));
        return "";
    }

    private string? Optional(YamlMappingNode map, string key) => Get(map, key) is { } n ? Scalar(n) : null;

    private static YamlNode? Get(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private SourceLocation At(YamlNode node) => At((int)node.Start.Line);

    private SourceLocation At(int line) => new(displayName, line);
}
