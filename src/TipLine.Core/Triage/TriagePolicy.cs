using System.Text.RegularExpressions;
using TipLine.Core.Text;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace TipLine.Core.Triage;

/// <summary>
/// The triage policy as data (triage/*.yaml): indicators with their words per language, the cues that
/// cancel them (negation, the past), number words for ages, and the rules that turn indicators into P1/P2/P3.
/// Patterns are matched against folded text (lower case, no accents), so they are folded the same way here.
/// </summary>
public sealed partial class TriagePolicy
{
    // How a pattern runs (interpreted, then compiled, with a time limit; the linear engine as its fallback) is PolicyPattern's.

    private TriagePolicy() { }

    public required IReadOnlyList<Indicator> Indicators { get; init; }
    public required IReadOnlyList<Rule> Rules { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> Groups { get; init; }
    public required IReadOnlyList<(string Language, PolicyPattern Pattern)> Negations { get; init; }
    public required IReadOnlyList<(string Language, PolicyPattern Pattern)> PastCues { get; init; }
    public required IReadOnlyList<(string Language, PolicyPattern Pattern)> PresentCues { get; init; }

    /// <summary>Words that start a new clause inside a sentence ("but", "and he"): a negation before them does not reach past them.</summary>
    public required IReadOnlyList<(string Language, PolicyPattern Pattern)> ClauseJoiners { get; init; }

    /// <summary>
    /// Words that open a condition ("if", "si", "如果", Korean "-면"): a negation inside the condition ("if I don't bring
    /// the money he'll kill me") does not negate the threat that follows it.
    /// </summary>
    public required IReadOnlyList<(string Language, PolicyPattern Pattern)> Conditionals { get; init; }

    /// <summary>The writer speaks of themselves ("I", "me", "we"): a first-person indicator then means a victim writing.</summary>
    public required IReadOnlyList<(string Language, PolicyPattern Pattern)> WriterCues { get; init; }

    /// <summary>The message is about someone else ("my sister", "she", "a girl"): without a writer cue, it is a tip, not a plea.</summary>
    public required IReadOnlyList<(string Language, PolicyPattern Pattern)> OthersCues { get; init; }
    public required IReadOnlyList<(string Language, PolicyPattern Pattern)> AgePatterns { get; init; }
    public required IReadOnlyDictionary<string, int> NumberWords { get; init; }

    /// <summary>
    /// What, just before an age in words, makes it the end of a larger number ("fifty five", "cincuenta y cinco",
    /// "năm mươi lăm", "五十五"): group <c>tens</c> adds its value, group <c>digit</c> multiplies the ten that starts the age.
    /// </summary>
    public required IReadOnlyList<(string Language, PolicyPattern Pattern)> CompoundAges { get; init; }
    public required int AdultAge { get; init; }

    /// <summary>Which indicators name a child besides a stated age (the policy's <c>minor</c> section).</summary>
    public required ChildWords Minor { get; init; }

    /// <summary>Words that suggest a time a recognizer could resolve (weekdays, "morning"), per language.</summary>
    public required IReadOnlyDictionary<string, PolicyPattern> TimeHints { get; init; }

    /// <summary>
    /// The levels a message may be raised to by resemblance (the policy's <c>resemblance</c> section), most urgent first;
    /// none when it has no such section.
    /// </summary>
    public IReadOnlyList<ResemblanceRaise> Raises { get; private set; } = [];

    private IReadOnlyList<(Urgency To, double At)> raiseLevels = [];

    /// <summary>The least probability at which a message in which the rules found nothing is raised, at any level.</summary>
    public double RaiseAloneAt { get; private set; }

    /// <summary>Indicators too common in conversation to tell a tip by ("minor", "soon"): found alone, a message needs more words to be judged.</summary>
    public IReadOnlySet<string> ResemblanceWeak { get; private set; } = new HashSet<string>();

    /// <summary>Signals (indicators, groups, <see cref="NegatedSignal"/>, <see cref="PastSignal"/>, <see cref="LaterSignal"/>) that keep <see cref="Raises"/> from raising.</summary>
    public IReadOnlyList<string> ResemblanceUnless { get; private set; } = [];

    /// <summary>A signal rules can name: an indicator's words were in the message but negated ("he doesn't have a gun").</summary>
    public const string NegatedSignal = "negated";

    /// <summary>
    /// A signal rules can name: an indicator's words were in the message but spoke of the past ("last year he hit her"),
    /// or the whole message speaks of the past and nothing in it says now.
    /// </summary>
    public const string PastSignal = "past";

    /// <summary>A signal rules can name: the message gives a date, and not one within hours ("on march 3").</summary>
    public const string LaterSignal = "later";

    public sealed record Indicator(
        string Id,
        bool Negatable,
        bool PresentOnly,
        bool NotInConditions,
        OffenceType Offence,
        bool FirstPersonHelp,
        IReadOnlyList<(string Language, PolicyPattern Pattern)> Patterns);

    /// <summary>A rule fires when all of <see cref="All"/> and at least one of <see cref="Any"/> (if given) fired.</summary>
    public sealed record Rule(Urgency Urgency, IReadOnlyList<string> All, IReadOnlyList<string> Any, IReadOnlyList<string> Unless, bool Demote);

    /// <summary>Every compiled pattern of the policy: indicators, cues, ages and time hints.</summary>
    public IEnumerable<(string Language, PolicyPattern Pattern)> AllPatterns =>
        Negations.Concat(PastCues).Concat(PresentCues).Concat(ClauseJoiners).Concat(Conditionals).Concat(CompoundAges).Concat(WriterCues)
            .Concat(OthersCues).Concat(AgePatterns).Concat(Indicators.SelectMany(i => i.Patterns)).Concat(TimeHints.Select(h => (h.Key, h.Value)));

    /// <summary>Which of <see cref="AllPatterns"/> may match a text (most have none of their words in it and need not run).</summary>
    public LiteralGate Gate { get; private set; } = null!;

    /// <summary>
    /// Compiles every pattern to machine code (<see cref="PolicyPattern.Compile"/>); until then they run on the
    /// interpreter. Tools that triage many texts do it first, on every core; the server does it once it is ready, on one
    /// thread of its own: on the thread pool's threads it kept the server from answering for the seconds it took.
    /// </summary>
    public void Compile(bool onEveryCore = true)
    {
        if (onEveryCore) Parallel.ForEach(AllPatterns, p => p.Pattern.Compile());
        else foreach (var (_, pattern) in AllPatterns) pattern.Compile();
    }

    /// <summary>The policy with its patterns compiled on every core: for tools and tests that triage many texts at once.</summary>
    public static TriagePolicy LoadCompiled(string directory)
    {
        var policy = Load(directory);
        policy.Compile();
        return policy;
    }

    public static TriagePolicy Load(string directory)
    {
        var files = Directory.Exists(directory)
            ? Directory.EnumerateFiles(directory, "*.yaml").Order(StringComparer.Ordinal).ToList()
            : throw new TriagePolicyException($"{directory}: the triage directory does not exist");
        var deserializer = new DeserializerBuilder().WithNamingConvention(HyphenatedNamingConvention.Instance).Build();
        var merged = new PolicyFile();
        foreach (var file in files)
        {
            PolicyFile part;
            try
            {
                part = deserializer.Deserialize<PolicyFile>(File.ReadAllText(file)) ?? new PolicyFile();
            }
            catch (YamlException e)
            {
                throw new TriagePolicyException($"{file}:{e.Start.Line}: {e.InnerException?.Message ?? e.Message}");
            }
            merged.Merge(part, file);
        }
        var policy = Build(merged);
        if (merged.Resemblance is { } resemblance)
        {
            static double Probability(string name, double at) =>
                at is > 0 and <= 1 ? at : throw new TriagePolicyException($"resemblance: {name} must be above 0 and at most 1, not {at}");
            var levels = new List<(Urgency To, double At)> { (Urgency.P1, Probability("raise-to-p1-at", resemblance.RaiseToP1At)) };
            if (resemblance.RaiseToP2At is { } p2) levels.Add((Urgency.P2, Probability("raise-to-p2-at", p2)));
            policy.RaiseAloneAt = Probability("raise-alone-at", resemblance.RaiseAloneAt);
            var known = SignalNames(policy.Indicators.Select(i => i.Id), policy.Groups.Keys);
            if (resemblance.Unless.FirstOrDefault(n => !known.Contains(n)) is { } unknown) throw new TriagePolicyException($"resemblance: unless names unknown indicator or group '{unknown}'");
            policy.ResemblanceUnless = resemblance.Unless;
            if (resemblance.Weak.FirstOrDefault(n => !known.Contains(n)) is { } unknownWeak) throw new TriagePolicyException($"resemblance: weak names unknown indicator '{unknownWeak}'");
            policy.ResemblanceWeak = resemblance.Weak.ToHashSet();
            policy.ExamplesFolder = Path.Combine(directory, resemblance.Examples);
            policy.raiseLevels = levels;
            policy = policy.LearnedFrom(ReadExamples(policy.ExamplesFolder).Select(e => e.Tip).ToList());
        }
        return policy;
    }

    /// <summary>Every labelled tip (*.jsonl) in the examples folder, with the file it is in; files in name order.</summary>
    public static IReadOnlyList<(string File, LabelledTip Tip)> ReadExamples(string folder)
    {
        if (!Directory.Exists(folder)) throw new TriagePolicyException($"{folder}: the resemblance examples folder does not exist");
        var examples = new List<(string, LabelledTip)>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.jsonl").Order(StringComparer.Ordinal))
        {
            using var reader = File.OpenText(file);
            IReadOnlyList<LabelledTip> tips;
            try
            {
                tips = TriageEvaluation.Read(reader);
            }
            catch (FormatException e)
            {
                throw new TriagePolicyException($"{file}: {e.Message}");
            }
            if (tips.FirstOrDefault(t => t.Urgency is not ("P1" or "P2" or "P3") || string.IsNullOrWhiteSpace(t.Text)) is { } bad)
            {
                throw new TriagePolicyException($"{file}: example '{bad.Id}' needs a text and an urgency of P1, P2 or P3");
            }
            examples.AddRange(tips.Select(t => (file, t)));
        }
        if (!examples.Any(e => e.Item2.Urgency == nameof(Urgency.P1)) || examples.All(e => e.Item2.Urgency == nameof(Urgency.P1)))
        {
            throw new TriagePolicyException($"{folder}: the examples need both emergencies (P1) and other tips to learn from");
        }
        return examples;
    }

    /// <summary>Where <see cref="Raises"/> learned from; none without a <c>resemblance</c> section.</summary>
    public string? ExamplesFolder { get; private set; }

    /// <summary>
    /// The same policy, its resemblance learned from <paramref name="examples"/> at the same levels and thresholds: to
    /// measure it on tips it never learned from. The levels learn side by side, one a core.
    /// </summary>
    public TriagePolicy LearnedFrom(IReadOnlyList<LabelledTip> examples)
    {
        var copy = (TriagePolicy)MemberwiseClone();
        var read = ResemblanceModel.Read(examples);
        copy.Raises = [.. raiseLevels.AsParallel().AsOrdered().Select(l => new ResemblanceRaise(l.To, l.At, ResemblanceModel.Train(read, l.To)))];
        return copy;
    }

    /// <summary>The same policy deciding by its rules alone.</summary>
    public TriagePolicy WithoutResemblance()
    {
        var copy = (TriagePolicy)MemberwiseClone();
        copy.Raises = [];
        return copy;
    }

    /// <summary>Every name a rule, or the resemblance section, may use: indicators, groups, and the signals the engine adds.</summary>
    private static HashSet<string> SignalNames(IEnumerable<string> indicators, IEnumerable<string> groups) =>
        [.. indicators, .. groups, "minor", NegatedSignal, PastSignal, LaterSignal];

    private static TriagePolicy Build(PolicyFile file)
    {
        // Number words stay within their language: English "once" is not Spanish "once" (11).
        var numberWords = new Dictionary<string, int>();
        var numberAlternation = new Dictionary<string, string>();
        foreach (var (language, words) in file.NumberWords)
        {
            var folded = words.ToDictionary(w => TextNormalizer.Fold(w.Key), w => w.Value);
            foreach (var (word, value) in folded) numberWords[word] = value;
            numberAlternation[language] = string.Join("|", folded.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape));
        }

        var indicators = file.Indicators.Select(kv => new Indicator(
            kv.Key,
            kv.Value.Negatable,
            kv.Value.PresentOnly,
            kv.Value.NotInConditions,
            kv.Value.Offence switch
            {
                "sex" => OffenceType.SexTrafficking,
                "labor" => OffenceType.LaborTrafficking,
                _ => OffenceType.Unknown,
            },
            kv.Value.FirstPerson,
            Compile(kv.Key, kv.Value.Patterns, numberAlternation))).ToList();

        var known = SignalNames(indicators.Select(i => i.Id), file.Groups.Keys);
        var rules = new List<Rule>();
        foreach (var r in file.Rules)
        {
            foreach (var name in r.All.Concat(r.Any).Concat(r.Unless))
            {
                if (!known.Contains(name)) throw new TriagePolicyException($"{r.Source}: rule names unknown indicator or group '{name}'");
            }
            if (!Enum.TryParse<Urgency>(r.Urgency, out var urgency)) throw new TriagePolicyException($"{r.Source}: rule urgency must be P1, P2 or P3");
            rules.Add(new Rule(urgency, r.All, r.Any, r.Unless, r.Demote));
        }
        foreach (var (group, members) in file.Groups)
        {
            foreach (var m in members)
            {
                if (!known.Contains(m)) throw new TriagePolicyException($"group '{group}' names unknown indicator '{m}'");
            }
        }

        var minor = new ChildWords(file.Minor.WhateverAge.ToHashSet(), file.Minor.UnlessAdultAge.ToHashSet(), file.Minor.Unless.ToHashSet());
        // Only indicators: who is a minor is decided before groups and rules are.
        if (minor.WhateverAge.Concat(minor.UnlessAdultAge).Concat(minor.Unless).FirstOrDefault(n => !indicators.Any(i => i.Id == n)) is { } unknownChildWord)
        {
            throw new TriagePolicyException($"minor: names unknown indicator '{unknownChildWord}'");
        }

        var policy = new TriagePolicy
        {
            Indicators = indicators,
            Rules = rules,
            Groups = file.Groups.ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Value),
            Negations = Compile("negation", file.Negation, numberAlternation),
            PastCues = Compile("past", file.Past, numberAlternation),
            PresentCues = Compile("present", file.Present, numberAlternation),
            ClauseJoiners = Compile("clause-joiners", file.ClauseJoiners, numberAlternation),
            Conditionals = Compile("conditionals", file.Conditionals, numberAlternation),
            WriterCues = Compile("writer", file.Writer, numberAlternation),
            OthersCues = Compile("others", file.Others, numberAlternation),
            AgePatterns = Compile("ages", file.Ages, numberAlternation),
            NumberWords = numberWords,
            CompoundAges = Compile("compound-ages", file.CompoundAges, numberAlternation),
            AdultAge = file.AdultAge,
            Minor = minor,
            TimeHints = Compile("time-hints", file.TimeHints, numberAlternation).ToDictionary(t => t.Item1, t => t.Item2),
        };
        policy.Gate = new LiteralGate(policy.AllPatterns.Select(p => p.Pattern));
        return policy;
    }

    /// <summary>
    /// Past this length an alternation is split: the linear engine, a pattern's fallback, refuses automata over
    /// 10,000 nodes, which a language's long list of one indicator reached at about 3,500 characters, and at 2,500 once
    /// its patterns had several <c>[^.;]{0,60}</c> gaps (Tagalog movement). Shorter alternations cost less since
    /// <see cref="LiteralGate"/> runs only those whose words a message holds. Tried and undone:
    /// every pattern a regex of its own ran faster in the triage benchmark once warm, but four times as many regexes to
    /// turn into machine code made a fresh server's turns slower for their first minutes (400–1,500 ms against 30–180 ms,
    /// each new language's first texts; measured with the server and `tipline sms`).
    /// </summary>
    private const int MaxAlternationLength = 1_500;

    /// <summary>Compiles each language's patterns into alternations (one, unless it is long); <c>{number}</c> stands for any number word.</summary>
    private static List<(string, PolicyPattern)> Compile(string owner, Dictionary<string, List<string>> patterns, Dictionary<string, string> numberAlternation)
    {
        var compiled = new List<(string, PolicyPattern)>();
        foreach (var (language, list) in patterns)
        {
            if (list.Count == 0) continue;
            if (list.FirstOrDefault(p => p.Contains(@"\\", StringComparison.Ordinal)) is { } doubled)
            {
                // In a YAML single-quoted string "\\b" reaches the regex as a literal backslash: the pattern would never match.
                throw new TriagePolicyException($"'{owner}' ({language}): pattern '{doubled}' has a doubled backslash; write \\b, not \\\\b");
            }
            if (list.FirstOrDefault(p => UpperCaseEscape().IsMatch(p)) is { } upper)
            {
                // Patterns are folded to lower case like the text they read, which would turn \W into \w.
                throw new TriagePolicyException($"'{owner}' ({language}): pattern '{upper}' uses an upper-case escape such as \\W or \\S; write [^\\w] or [^\\s]");
            }
            var numbers = "(?:" + numberAlternation.GetValueOrDefault(language, "(?!)") + ")";
            var parts = list.Select(p => "(?:" + TextNormalizer.Fold(p).Replace("{number}", numbers) + ")");
            try
            {
                foreach (var alternation in Alternations(parts)) compiled.Add((language, new PolicyPattern(alternation)));
            }
            catch (ArgumentException e)
            {
                throw new TriagePolicyException($"'{owner}' ({language}): a pattern is not a valid regular expression: {e.Message}");
            }
        }
        return compiled;
    }

    // \W, \S, \D, \B, \P{…}: escapes whose meaning folding to lower case would change.
    [GeneratedRegex(@"(?<!\\)\\[A-Z]")]
    private static partial Regex UpperCaseEscape();

    private static IEnumerable<string> Alternations(IEnumerable<string> parts)
    {
        var current = new List<string>();
        foreach (var part in parts)
        {
            if (current.Count > 0 && current.Sum(p => p.Length + 1) + part.Length > MaxAlternationLength)
            {
                yield return string.Join("|", current);
                current = [];
            }
            current.Add(part);
        }
        if (current.Count > 0) yield return string.Join("|", current);
    }

    private sealed class PolicyFile
    {
        public int AdultAge { get; set; } = 18;
        public MinorFile Minor { get; set; } = new();
        public Dictionary<string, IndicatorFile> Indicators { get; set; } = [];
        public Dictionary<string, List<string>> Groups { get; set; } = [];
        public List<RuleFile> Rules { get; set; } = [];
        public Dictionary<string, List<string>> Negation { get; set; } = [];
        public Dictionary<string, List<string>> Past { get; set; } = [];
        public Dictionary<string, List<string>> Present { get; set; } = [];
        public Dictionary<string, List<string>> ClauseJoiners { get; set; } = [];
        public Dictionary<string, List<string>> Conditionals { get; set; } = [];
        public Dictionary<string, List<string>> Writer { get; set; } = [];
        public Dictionary<string, List<string>> Others { get; set; } = [];
        public Dictionary<string, List<string>> Ages { get; set; } = [];
        public Dictionary<string, List<string>> TimeHints { get; set; } = [];
        public Dictionary<string, Dictionary<string, int>> NumberWords { get; set; } = [];
        public Dictionary<string, List<string>> CompoundAges { get; set; } = [];
        public ResemblanceFile? Resemblance { get; set; }

        public void Merge(PolicyFile other, string source)
        {
            foreach (var (id, indicator) in other.Indicators)
            {
                if (!Indicators.TryGetValue(id, out var mine))
                {
                    Indicators[id] = indicator;
                    continue;
                }
                // The same indicator in several files (one file per language) pools its patterns.
                MergeLists(mine.Patterns, indicator.Patterns);
                mine.Negatable |= indicator.Negatable;
                mine.PresentOnly |= indicator.PresentOnly;
                mine.NotInConditions |= indicator.NotInConditions;
                mine.FirstPerson |= indicator.FirstPerson;
                if (indicator.Offence is not null) mine.Offence = indicator.Offence;
            }
            foreach (var (g, members) in other.Groups) Groups[g] = [.. (Groups.GetValueOrDefault(g) ?? []).Union(members)];
            foreach (var rule in other.Rules) rule.Source = source;
            Rules.AddRange(other.Rules);
            MergeLists(Negation, other.Negation);
            MergeLists(Past, other.Past);
            MergeLists(Present, other.Present);
            MergeLists(ClauseJoiners, other.ClauseJoiners);
            MergeLists(Conditionals, other.Conditionals);
            MergeLists(Writer, other.Writer);
            MergeLists(Others, other.Others);
            MergeLists(Ages, other.Ages);
            MergeLists(TimeHints, other.TimeHints);
            MergeLists(CompoundAges, other.CompoundAges);
            foreach (var (lang, words) in other.NumberWords)
            {
                if (!NumberWords.TryGetValue(lang, out var mine)) NumberWords[lang] = mine = [];
                foreach (var (w, n) in words) mine[w] = n;
            }
            if (other.AdultAge != 18) AdultAge = other.AdultAge;
            Minor.WhateverAge.AddRange(other.Minor.WhateverAge);
            Minor.UnlessAdultAge.AddRange(other.Minor.UnlessAdultAge);
            Minor.Unless.AddRange(other.Minor.Unless);
            Resemblance = other.Resemblance ?? Resemblance;
        }

        private static void MergeLists(Dictionary<string, List<string>> into, Dictionary<string, List<string>> from)
        {
            foreach (var (k, v) in from)
            {
                if (into.TryGetValue(k, out var list)) list.AddRange(v);
                else into[k] = [.. v];
            }
        }
    }

    private sealed class IndicatorFile
    {
        public bool Negatable { get; set; } = true;
        public bool PresentOnly { get; set; }
        public bool NotInConditions { get; set; }
        public bool FirstPerson { get; set; }
        public string? Offence { get; set; }
        public Dictionary<string, List<string>> Patterns { get; set; } = [];
    }

    private sealed class ResemblanceFile
    {
        /// <summary>The folder of labelled tips, relative to the policy's.</summary>
        public string Examples { get; set; } = "examples";

        [YamlMember(Alias = "raise-to-p1-at")] public double RaiseToP1At { get; set; } = 0.5;

        [YamlMember(Alias = "raise-to-p2-at")] public double? RaiseToP2At { get; set; }

        [YamlMember(Alias = "raise-alone-at")] public double RaiseAloneAt { get; set; } = 0.9;
        public List<string> Unless { get; set; } = [];
        public List<string> Weak { get; set; } = [];
    }

    private sealed class MinorFile
    {
        public List<string> WhateverAge { get; set; } = [];
        public List<string> UnlessAdultAge { get; set; } = [];
        public List<string> Unless { get; set; } = [];
    }

    private sealed class RuleFile
    {
        public string Urgency { get; set; } = "";
        public List<string> All { get; set; } = [];
        public List<string> Any { get; set; } = [];
        public List<string> Unless { get; set; } = [];
        public bool Demote { get; set; }
        [YamlIgnore] public string Source { get; set; } = "";
    }
}

/// <summary>
/// Indicators that name a child: <paramref name="WhateverAge"/> even beside a stated adult age (a school year: the age
/// may be a claim, the class is not), <paramref name="UnlessAdultAge"/> unless one is stated (a word for a child: "the
/// girl, 19"); neither in a message that fires one of <paramref name="Unless"/> (a general question names no one).
/// </summary>
public sealed record ChildWords(IReadOnlySet<string> WhateverAge, IReadOnlySet<string> UnlessAdultAge, IReadOnlySet<string> Unless);

public sealed class TriagePolicyException(string message) : Exception(message);

/// <summary>A message the rules put below <paramref name="To"/> is raised to it when <paramref name="Model"/> gives it at least <paramref name="At"/>.</summary>
public sealed record ResemblanceRaise(Urgency To, double At, ResemblanceModel Model);
