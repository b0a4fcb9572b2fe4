using TipLine.Core.Dialogs;

namespace TipLine.UnitTests.Dialogs;

public class DialogCheckTests
{
    private const string Common = """
        languages: [en, es]
        strings:
          q:
            en: Where?
            es: ¿Dónde?
          bye:
            en: Bye
            es: Adiós
        """;

    private static IReadOnlyList<DialogProblem> Check(string start, string? extra = null)
    {
        var dir = TestPaths.TempDirectory();
        File.WriteAllText(Path.Combine(dir, "common.yaml"), Common);
        File.WriteAllText(Path.Combine(dir, "start.yaml"), start);
        if (extra is not null) File.WriteAllText(Path.Combine(dir, "extra.yaml"), extra);
        return DialogSet.TryLoad(dir).Problems;
    }

    private static void AssertProblem(IReadOnlyList<DialogProblem> problems, string file, int line, string contains)
    {
        Assert.Contains(problems, p => p.Location.File.EndsWith(file, StringComparison.Ordinal) && p.Location.Line == line && p.Message.Contains(contains, StringComparison.Ordinal));
    }

    [Fact]
    public void The_repository_dialogs_have_no_problems()
    {
        var (set, problems) = DialogSet.TryLoad(TestPaths.Dialogs);
        Assert.Empty(problems);
        Assert.NotNull(set);
    }

    [Fact]
    public void A_yaml_syntax_error_is_reported_with_its_line()
    {
        var problems = Check("flow: start\nsteps:\n  - id: a\n    ask: q\n   slot: [unclosed\n");
        Assert.Contains(problems, p => p.Location.File.EndsWith("start.yaml", StringComparison.Ordinal) && p.Location.Line >= 4 && p.Message.Contains("not valid YAML", StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_keys_are_reported_where_they_are()
    {
        var problems = Check("flow: start\nsteps:\n  - id: a\n    ask: q\n    slot: place\n    promt: oops\n");
        AssertProblem(problems, "start.yaml", 6, "unknown step key 'promt'");
    }

    [Fact]
    public void A_missing_translation_is_reported()
    {
        var problems = Check("flow: start\nsteps:\n  - id: a\n    say: hello\nstrings:\n  hello:\n    en: Hello\n");
        AssertProblem(problems, "start.yaml", 6, "string 'hello' has no 'es' translation");
    }

    [Fact]
    public void A_question_that_fills_no_slot_is_reported()
    {
        AssertProblem(Check("flow: start\nsteps:\n  - id: a\n    ask: q\n"), "start.yaml", 3, "fills no slot");
    }

    [Fact]
    public void A_condition_naming_no_slot_is_reported()
    {
        AssertProblem(Check("flow: start\nsteps:\n  - id: a\n    when: not plac\n    ask: q\n    slot: place\n"), "start.yaml", 3, "names no slot");
    }

    [Fact]
    public void Unreachable_steps_and_flows_are_reported()
    {
        var problems = Check(
            "flow: start\nsteps:\n  - id: a\n    say: bye\n    end: true\n  - id: b\n    ask: q\n    slot: place\n",
            "flow: orphan\nsteps:\n  - id: x\n    say: bye\n");
        AssertProblem(problems, "start.yaml", 6, "can never be reached");
        AssertProblem(problems, "extra.yaml", 1, "flow 'orphan' is never called");
    }

    [Fact]
    public void Unknown_strings_and_flows_are_reported()
    {
        var problems = Check("flow: start\nsteps:\n  - id: a\n    ask: nope\n    slot: place\n  - id: b\n    call: nowhere\n");
        AssertProblem(problems, "start.yaml", 3, "unknown string 'nope'");
        AssertProblem(problems, "start.yaml", 6, "unknown flow 'nowhere'");
    }

    [Fact]
    public void A_prompt_longer_than_two_SMS_segments_is_reported()
    {
        var longText = string.Join(" ", Enumerable.Repeat("¿Dónde está?", 20));
        var problems = Check($"flow: start\nsteps:\n  - id: a\n    ask: long\n    slot: place\nstrings:\n  long:\n    en: Where?\n    es: \"{longText}\"\n");
        AssertProblem(problems, "start.yaml", 7, "SMS segments");
    }

    [Fact]
    public void Load_refuses_broken_files_with_every_problem_in_the_message()
    {
        var dir = TestPaths.TempDirectory();
        File.WriteAllText(Path.Combine(dir, "start.yaml"), "flow: start\nsteps:\n  - id: a\n    ask: q\n");
        var e = Assert.Throws<DialogLoadException>(() => DialogSet.Load(dir));
        Assert.Contains("start.yaml:3", e.Message);
    }
}
