using System.CommandLine;
using System.Text.Json;
using TipLine.Core;
using TipLine.Core.Language;
using TipLine.Core.Text;
using TipLine.Core.Triage;

namespace TipLine.Cli.Commands;

/// <summary>
/// <c>tipline triage</c>: JSON lines {"id","text"} in, one decision per line out (shared/spec/interfaces.md);
/// <c>tipline triage eval FILE</c>: scores against a labelled file.
/// </summary>
public static class TriageCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Command Create()
    {
        var dir = new Option<string?>("--policy") { Description = "The triage policy directory (default: the repository's triage/).", Recursive = true };
        // Times like "tonight" or "for the night" read differently by the hour, so a decision is only repeatable on a fixed clock.
        var at = new Option<DateTimeOffset?>("--at") { Description = "Triage as if every message arrived at this time (ISO 8601, e.g. 2026-11-27T16:00-05:00; default: now).", Recursive = true };
        var triage = new Command("triage", "Triage JSON lines {\"id\", \"text\"} from standard input.") { dir, at };
        triage.SetAction(result =>
        {
            var (engine, languages) = Load(result.GetValue(dir));
            var lineNumber = 0;
            var failed = false;
            while (Console.In.ReadLine() is { } line)
            {
                lineNumber++;
                if (string.IsNullOrWhiteSpace(line)) continue;
                TriageInput? input;
                try
                {
                    input = JsonSerializer.Deserialize<TriageInput>(line, Json);
                }
                catch (JsonException e)
                {
                    Console.Error.WriteLine($"line {lineNumber}: not JSON ({e.Message})");
                    failed = true;
                    continue;
                }
                if (input?.Text is null)
                {
                    Console.Error.WriteLine($"line {lineNumber}: needs \"text\"");
                    failed = true;
                    continue;
                }
                var language = languages.Detect(input.Text);
                var d = engine.Assess(input.Text, language, result.GetValue(at));
                Console.WriteLine(JsonSerializer.Serialize(new
                {
                    id = input.Id,
                    urgency = d.Urgency.ToString(),
                    language,
                    minor = d.Minor,
                    reasons = d.Reasons.Select(r => r.ToString()),
                }, Json));
            }
            return failed ? 1 : 0;
        });

        var file = new Argument<FileInfo>("file") { Description = "Labelled JSON lines, like shared/triage/dev.jsonl." };
        var eval = new Command("eval", "Score triage against a labelled file: P1 recall, accuracy, under-triage, minor recall, language accuracy.") { file };
        eval.SetAction(result =>
        {
            var path = result.GetValue(file)!;
            if (!path.Exists)
            {
                Console.Error.WriteLine($"{path.FullName}: no such file");
                return 2;
            }
            IReadOnlyList<LabelledTip> tips;
            using (var reader = path.OpenText())
            {
                try
                {
                    tips = TriageEvaluation.Read(reader);
                }
                catch (FormatException e)
                {
                    Console.Error.WriteLine($"{path.Name}: {e.Message}");
                    return 2;
                }
            }
            var (engine, languages) = Load(result.GetValue(dir), compile: tips.Count > 100);
            Console.Write(TriageEvaluation.Report(TriageEvaluation.Run(engine, languages, tips, result.GetValue(at))));
            return 0;
        });
        triage.Subcommands.Add(eval);

        var folds = new Option<int>("--folds") { Description = "How many folds (default 5).", DefaultValueFactory = _ => 5 };
        var crossValidate = new Command("cross-validate", "What the resemblance model adds on tips it never learned from: k folds over the policy's examples.") { folds };
        crossValidate.SetAction(result =>
        {
            var policy = TriagePolicy.Load(result.GetValue(dir) ?? RepositoryPaths.Find("triage"));
            if (policy.ExamplesFolder is null)
            {
                Console.Error.WriteLine("the policy has no resemblance section: nothing to cross-validate");
                return 2;
            }
            policy.Compile();
            var languages = new LanguageIdentifier();
            languages.Preload();
            var examples = TriagePolicy.ReadExamples(policy.ExamplesFolder).Select(e => (ResemblanceValidation.GroupOf(e.File), e.Tip)).ToList();
            var k = result.GetValue(folds);
            if (k < 2 || k > examples.Select(e => e.Item1).Distinct().Count())
            {
                Console.Error.WriteLine($"--folds must be at least 2 and at most the number of example groups, not {k}");
                return 2;
            }
            var results = ResemblanceValidation.Run(policy, new RecognizersEntityExtractor(), languages, examples, k, result.GetValue(at) ?? DateTimeOffset.Now);
            Console.Write(ResemblanceValidation.Report(results, policy.Raises.Single(r => r.To == Urgency.P1).At));
            return 0;
        });
        triage.Subcommands.Add(crossValidate);
        return triage;
    }

    /// <param name="compile">Compile the patterns first: seconds well spent on a set of hundreds of tips, not on a few lines.</param>
    private static (TriageEngine, LanguageIdentifier) Load(string? directory, bool compile = false)
    {
        var path = directory ?? RepositoryPaths.Find("triage");
        var engine = new TriageEngine(compile ? TriagePolicy.LoadCompiled(path) : TriagePolicy.Load(path), new RecognizersEntityExtractor());
        var languages = new LanguageIdentifier();
        languages.Preload();
        return (engine, languages);
    }

    private sealed record TriageInput(JsonElement? Id, string? Text);
}
