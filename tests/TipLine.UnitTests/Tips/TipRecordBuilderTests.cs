using System.Text.Json;
using TipLine.Core.Dialogs;
using TipLine.Core.Text;
using TipLine.Core.Tips;
using TipLine.Core.Triage;

namespace TipLine.UnitTests.Tips;

public class TipRecordBuilderTests
{
    private static readonly Lazy<TipRecordBuilder> Builder = new(() => new TipRecordBuilder(new RecognizersEntityExtractor()));
    private static readonly DateTimeOffset Received = new(2026, 11, 29, 18, 0, 0, TimeSpan.FromHours(-5));

    private static TipDraft Draft(string language, params string[] texts)
    {
        var draft = new TipDraft { Language = language, ReceivedAt = Received, LastActivityAt = Received };
        foreach (var t in texts) draft.Transcript.Add(new TranscriptEntry { At = Received, FromTipster = true, Text = t });
        return draft;
    }

    private static TipRecord Build(TipDraft draft) => Builder.Value.Build(draft, "0193-test", 1, "TL-7K3Q", Received.AddMinutes(5), SubmitReason.Completed);

    [Fact]
    public void A_record_keeps_the_tipsters_words_exactly_and_matches_the_published_schema()
    {
        var draft = Draft("en", "girl at the Sunset motel, room 12, looks 14", "call 555-201-4477 or see https://ads.example/x , mail bad.guy@example.com @bigdaddy");
        draft.Triage = TriageSnapshot.From(new TriageDecision(Urgency.P2, true, OffenceType.SexTrafficking, false, [new TriageReason("minor", "age=14", "en")], [14]));
        var record = Build(draft);

        Assert.Equal("girl at the Sunset motel, room 12, looks 14\ncall 555-201-4477 or see https://ads.example/x , mail bad.guy@example.com @bigdaddy", record.Narrative.Original);
        Assert.Equal("P2", record.Urgency);
        Assert.Equal("64A", record.Nibrs);
        Assert.True(record.MinorInvolved.GetBoolean());
        Assert.Contains(record.PhoneNumbers, p => p.Contains("555-201-4477", StringComparison.Ordinal));
        Assert.Contains("bad.guy@example.com", record.Emails);
        Assert.Contains(record.Urls, u => u.Contains("ads.example", StringComparison.Ordinal));
        Assert.Contains("@bigdaddy", record.SocialHandles);
        Assert.Empty(TipRecordSchema.Validate(record.ToJson()));
    }

    [Fact]
    public void An_anonymous_record_never_carries_the_tipsters_number()
    {
        var draft = Draft("en", "men sleeping in the back of the warehouse on 5th street");
        draft.ContactAddress = "+15551230000";
        draft.Answers["contact_ok"] = new SlotValue { StepId = "may-contact", Text = "no", Value = "no", AnsweredAt = Received };
        var record = Build(draft);

        Assert.True(record.Anonymous);
        Assert.Null(record.Contact);
        Assert.DoesNotContain("+15551230000", record.ToJson());
    }

    [Fact]
    public void A_consenting_tipster_is_contactable_on_their_terms()
    {
        var draft = Draft("en", "men sleeping in the back of the warehouse");
        draft.ContactAddress = "+15551230000";
        draft.Answers["contact_ok"] = new SlotValue { StepId = "may-contact", Text = "yes", Value = "yes", AnsweredAt = Received };
        draft.Answers["contact_how"] = new SlotValue { StepId = "how", Text = "text only after 6pm", AnsweredAt = Received };
        var record = Build(draft);

        Assert.False(record.Anonymous);
        Assert.Equal(new RecordContact("sms", "+15551230000", "text only after 6pm"), record.Contact);
        Assert.Empty(TipRecordSchema.Validate(record.ToJson()));
    }

    [Fact]
    public void Times_are_resolved_relative_to_when_the_text_arrived_and_street_numbers_are_not_dates()
    {
        var record = Build(Draft("es", "mañana a las 3 de la tarde los van a sacar del motel en la calle 5th street"));
        Assert.Contains(record.When, t => t.Timex == "2026-11-30T15");
        Assert.DoesNotContain(record.When, t => t.Timex?.EndsWith("-05", StringComparison.Ordinal) == true);
    }

    [Theory]
    [InlineData("es", "hay una niña de 14 años encerrada en la casa de la calle Olmo")]
    [InlineData("en", "a 15 years old girl works at the spa every night")]
    public void An_age_is_not_a_time(string language, string text)
    {
        var record = Build(Draft(language, text));
        Assert.DoesNotContain(record.When, t => t.Type == "duration");
        Assert.NotEmpty(record.People.Ages);
    }

    [Fact]
    public void What_the_texts_say_is_kept_with_the_draft_so_the_next_revision_says_the_same()
    {
        var draft = Draft("en", "they move her tomorrow at 9pm, she is 15 years old", "call 555-201-4477");
        var first = Build(draft).ToJson();
        Assert.All(draft.Account, e => Assert.Equal("en", e.RecognizedIn));

        // The draft is stored as JSON between turns: a revision built from the stored draft says exactly the same.
        var web = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        var stored = JsonSerializer.Deserialize<TipDraft>(JsonSerializer.Serialize(draft, web), web)!;
        Assert.Equal(first, Build(stored).ToJson());
    }

    [Fact]
    public void Texts_are_read_again_when_the_conversations_language_changes()
    {
        var draft = Draft("en", "la niña tiene quince años");
        Assert.Empty(Build(draft).People.Ages);

        draft.Language = "es";
        Assert.Contains(Build(draft).People.Ages, a => a.Age == 15);
    }

    [Fact]
    public void Minor_is_unknown_when_nothing_speaks_of_ages()
    {
        var record = Build(Draft("en", "something is off about the spa"));
        Assert.Equal(JsonValueKind.String, record.MinorInvolved.ValueKind);
        Assert.Equal("unknown", record.MinorInvolved.GetString());
    }

    [Fact]
    public void A_help_request_carries_safety_and_needs()
    {
        var draft = Draft("en", "i need help");
        draft.Answers["kind"] = new SlotValue { StepId = "kind", Text = "2", Value = "help", AnsweredAt = Received };
        draft.Answers["safe_now"] = new SlotValue { StepId = "safe", Text = "yes", Value = "yes", AnsweredAt = Received };
        draft.Answers["needs"] = new SlotValue { StepId = "needs", Text = "1 3", Value = "shelter,legal", AnsweredAt = Received };
        var record = Build(draft);

        Assert.Equal("help_request", record.Kind);
        Assert.Equal(new[] { "shelter", "legal" }, record.Help!.Needs);
        Assert.Empty(TipRecordSchema.Validate(record.ToJson()));
    }

    [Fact]
    public void The_schema_rejects_a_record_that_breaks_it()
    {
        var json = Build(Draft("en", "hello there friends")).ToJson().Replace("\"urgency\":\"P3\"", "\"urgency\":\"urgent\"");
        Assert.Contains(TipRecordSchema.Validate(json), e => e.Contains("/urgency", StringComparison.Ordinal));
    }

    [Fact]
    public void Reference_codes_avoid_characters_that_are_easy_to_misread()
    {
        var codes = Enumerable.Range(0, 500).Select(_ => ReferenceCode.New()).ToList();
        Assert.All(codes, c => Assert.Matches("^TL-[2-9A-HJ-NP-Z]{4}$", c));
        Assert.True(codes.Distinct().Count() > 490);
    }
}
