using TipLine.Core.Dialogs;

namespace TipLine.UnitTests.Dialogs;

public class DialogRuntimeTests
{
    private const string Opening = "there is a girl at the Sunset motel who looks very young and men keep coming in";

    [Fact]
    public void A_tip_is_asked_one_question_at_a_time_and_ends_with_the_reference()
    {
        var d = new DialogHarness();
        Assert.StartsWith(d.Text("start.kind"), d.Reply(Opening));
        Assert.Equal(Opening, d.State.Slots["narrative"].Text);

        // The opening already told what happened, so the next question is where.
        Assert.Contains(d.Text("tip.where"), d.Reply("1"));
        Assert.Equal("tip", d.State.ValueOf("kind"));
        Assert.Contains(d.Text("tip.when"), d.Reply("Sunset Motel on Route 9, room 12"));
        Assert.Contains(d.Text("tip.who"), d.Reply("tonight around 9pm"));
        Assert.Contains(d.Text("tip.ages"), d.Reply("one girl and two older men"));
        Assert.Contains(d.Text("tip.vehicles"), d.Reply("about 14"));
        Assert.Equal("14", d.State.ValueOf("ages"));
        Assert.Contains(d.Text("tip.more"), d.Reply("black pickup, plate 7KLM22"));
        Assert.Contains(d.Text("contact.may"), d.Reply("there is an ad with her photo"));
        var end = d.Say("no");

        Assert.True(end.Completed);
        Assert.Contains("TL-TEST", string.Join("\n", end.Replies));
        Assert.Equal("no", d.State.ValueOf("contact_ok"));
        Assert.False(d.State.Slots.ContainsKey("contact_how"));
    }

    [Fact]
    public void Every_question_can_be_skipped_in_English_and_Spanish()
    {
        var d = new DialogHarness();
        d.Say(Opening);
        d.Say("1");
        Assert.Contains(d.Text("tip.when"), d.Reply("skip"));
        Assert.True(d.State.Slots["place"].Skipped);

        var es = new DialogHarness("es");
        es.Say("hay una muchacha en el motel que se ve muy joven");
        es.Say("1");
        Assert.Contains(es.Text("tip.when"), es.Reply("No sé"));
        Assert.True(es.State.Slots["place"].Skipped);
        Assert.Contains(es.Text("tip.who"), es.Reply("ni idea"));
    }

    [Fact]
    public void Done_sends_early_and_still_says_the_closing_line()
    {
        var d = new DialogHarness();
        d.Say(Opening);
        d.Say("1");
        var turn = d.Say("that's all");
        Assert.True(turn.Completed);
        Assert.Contains("TL-TEST", turn.Replies.Single());
        Assert.DoesNotContain(d.Text("tip.when"), turn.Replies.Single());
    }

    [Fact]
    public void A_person_can_correct_an_answer_and_resume_where_they_were()
    {
        var d = new DialogHarness();
        d.Say(Opening);
        d.Say("1");
        d.Say("Sunset Motel");
        Assert.Contains(d.Text("tip.where"), d.Reply("change where"));
        var after = d.Reply("Sunrise Motel, not Sunset");
        Assert.Contains(d.Text("change.done"), after);
        Assert.Contains(d.Text("tip.when"), after); // back to the question that was open
        Assert.Equal("Sunrise Motel, not Sunset", d.State.Slots["place"].Text);
        Assert.Contains(d.Text("tip.who"), d.Reply("yesterday"));
    }

    [Fact]
    public void Correction_in_Spanish_by_the_step_name()
    {
        var d = new DialogHarness("es");
        d.Say("hay una muchacha en el motel que se ve muy joven");
        d.Say("1");
        d.Say("Motel Sol");
        Assert.Contains(d.Text("tip.where"), d.Reply("cambiar dónde"));
    }

    [Fact]
    public void A_help_request_asks_if_it_is_safe_to_talk_first_and_no_ends_with_one_short_line()
    {
        var d = new DialogHarness();
        d.Say("hi");
        Assert.EndsWith(d.Text("help.safe"), d.Reply("2"));
        var turn = d.Say("no");
        Assert.True(turn.Completed);
        Assert.Equal(d.Text("help.unsafe"), turn.Replies.Single());
        Assert.DoesNotContain("trafficking", turn.Replies.Single(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_help_request_offers_needs_and_takes_several_numbers()
    {
        var d = new DialogHarness();
        d.Say("hi");
        d.Say("2");
        Assert.Contains(d.Text("help.needs"), d.Reply("yes"));
        Assert.Contains(d.Text("help.where"), d.Reply("1 and 3"));
        Assert.Equal("shelter,legal", d.State.ValueOf("needs"));
    }

    [Fact]
    public void A_short_first_message_that_answers_the_first_question_is_taken_as_the_answer()
    {
        var d = new DialogHarness();
        Assert.Equal(d.Text("help.safe"), d.Reply("2"));
    }

    [Fact]
    public void A_number_inside_a_sentence_is_not_taken_as_a_pick()
    {
        var d = new DialogHarness();
        d.Say("hi");
        var turn = d.Say("part 1 of what i saw at the motel");
        Assert.Equal(InputUse.Account, turn.Use);
        Assert.False(d.State.Slots.ContainsKey("kind"));
        Assert.Equal(InputUse.Pick, d.Say("2").Use);
    }

    [Fact]
    public void After_two_failed_tries_the_answer_is_kept_as_written()
    {
        var d = new DialogHarness();
        d.Say("hi");
        d.Say("2");
        Assert.Equal(d.Text("reprompt.yesno"), d.Reply("maybe later"));
        d.Say("hard to say");
        var slot = d.State.Slots["safe_now"];
        Assert.True(slot.KeptAsText);
        Assert.Equal("maybe later / hard to say", slot.Text);
        Assert.Null(slot.Value);
    }

    [Fact]
    public void A_date_that_cannot_be_read_is_asked_again_once_then_kept()
    {
        var d = new DialogHarness();
        d.Say(Opening);
        d.Say("1");
        d.Say("Sunset Motel");
        Assert.Equal(d.Text("reprompt.datetime"), d.Reply("ok"));
        Assert.Contains(d.Text("tip.who"), d.Reply("hmm"));
        Assert.Equal("ok / hmm", d.State.Slots["time"].Text);
        Assert.True(d.State.Slots["time"].KeptAsText);
    }

    [Fact]
    public void Timing_told_in_words_is_an_answer_even_without_a_date()
    {
        var d = new DialogHarness("es");
        d.Say("hay trabajadores que duermen en la obra y no les pagan");
        d.Say("1");
        d.Say("la obra de la calle Pino");
        Assert.Contains(d.Text("tip.who"), d.Reply("desde hace meses"));
        Assert.Equal("desde hace meses", d.State.Slots["time"].Text);
    }

    [Fact]
    public void Commands_and_picks_are_told_apart_from_the_persons_account()
    {
        var d = new DialogHarness();
        Assert.Equal(InputUse.Account, d.Say(Opening).Use);
        Assert.Equal(InputUse.Pick, d.Say("1").Use);
        Assert.Equal(InputUse.Account, d.Say("Sunset Motel").Use);
        Assert.Equal(InputUse.Command, d.Say("skip").Use);
        Assert.Equal(InputUse.Command, d.Say("done").Use);
    }

    [Fact]
    public void Dates_are_resolved_relative_to_when_the_message_arrived()
    {
        var d = new DialogHarness();
        d.Say(Opening);
        d.Say("1");
        d.Say("Sunset Motel");
        d.Say("tomorrow at 9pm");
        Assert.Equal("2026-11-30T21", d.State.ValueOf("time"));
    }

    [Fact]
    public void Safety_guidance_is_said_once_when_the_conversation_is_urgent()
    {
        var d = new DialogHarness { Urgency = "P1" };
        var first = d.Say("he has a gun and says nobody leaves the kitchen tonight");
        Assert.Equal(d.Text("safety.urgent"), first.Replies[0]);
        Assert.DoesNotContain(d.Text("safety.urgent"), d.Say("1").Replies);
    }

    [Fact]
    public void A_conversation_started_on_an_old_version_of_a_flow_continues_at_the_same_step()
    {
        var dir = TestPaths.TempDirectory();
        foreach (var f in Directory.GetFiles(TestPaths.Dialogs, "*.yaml")) File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
        var before = new DialogHarness(set: DialogSet.Load(dir));
        before.Say(Opening);
        before.Say("1");
        before.Say("Sunset Motel"); // now at "when"

        // Staff reword a question while this conversation is open.
        var tip = File.ReadAllText(Path.Combine(dir, "tip.yaml")).Replace("What did you see or hear?", "What did you notice?");
        File.WriteAllText(Path.Combine(dir, "tip.yaml"), tip);
        var after = DialogSet.Load(dir);
        Assert.NotEqual(before.Set.Flow("tip").Version, after.Flow("tip").Version);

        var runtime = new DialogRuntime(after, new TipLine.Core.Text.RecognizersEntityExtractor(), _ => 0);
        var turn = runtime.Continue(before.State, new DialogInput("last night", before.Now), new DialogContext(null, new Dictionary<string, string>()));
        Assert.Contains(after.Text("tip.who", "en"), turn.Replies.Single());
    }
}
