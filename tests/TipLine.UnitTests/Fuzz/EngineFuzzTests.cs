using TipLine.Core.Dialogs;
using TipLine.UnitTests.Dialogs;
using TipLine.UnitTests.Triage;

namespace TipLine.UnitTests.Fuzz;

[Trait("Category", "Fuzz")]
public class EngineFuzzTests
{
    [Fact]
    public void The_dialog_engine_answers_any_input_and_always_ends_a_turn_waiting_or_done()
    {
        var messy = new MessyText(seed: 20261129);
        var conversations = MessyText.Iterations(ci: 150);
        for (var c = 0; c < conversations; c++)
        {
            var language = new[] { "en", "es", "zh", "ar", "ko" }[messy.Below(5)];
            var d = new DialogHarness(language) { Urgency = messy.Below(4) == 0 ? "P1" : null };
            for (var turn = 0; turn < 25 && !d.State.Completed; turn++)
            {
                var input = messy.Next();
                var result = d.Say(input);
                Assert.True(result.Completed || result.Replies.Count > 0, $"no reply to '{input}' in conversation {c}");
                Assert.All(result.Replies, r => Assert.DoesNotContain("{reference}", r));
                Assert.True(d.State.Completed || d.State.Stack.LastOrDefault() is { Awaiting: true }, $"turn ended with no open question after '{input}'");
            }
        }
    }

    [Fact]
    public void A_long_run_of_digits_at_a_choice_question_is_answered_at_once()
    {
        // Found by the fuzzer: "(\d+|…)+$" backtracked exponentially here and held a thread forever.
        var d = new DialogHarness("es");
        d.Say("hola");
        var started = System.Diagnostics.Stopwatch.StartNew();
        var turn = d.Say(new string('5', 183) + "\u345Cmười lăm tuổi");
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(2), $"took {started.Elapsed}");
        Assert.NotEmpty(turn.Replies);
    }

    [Fact]
    public void Triage_decides_any_input_the_same_way_every_time()
    {
        var messy = new MessyText(seed: 42);
        var languages = new string?[] { null, "en", "es", "pt", "fr", "zh", "vi", "ko", "ru", "ar", "tl", "ht" };
        for (var i = 0; i < MessyText.Iterations(ci: 2000); i++)
        {
            var text = messy.Next();
            var language = languages[messy.Below(languages.Length)];
            var first = Triager.Assess(text, language);
            var again = Triager.Assess(text, language);
            Assert.Equal(first.Urgency, again.Urgency);
            Assert.Equal(first.Reasons.Select(r => r.ToString()), again.Reasons.Select(r => r.ToString()));
        }
    }
}
