using System.Text.Json;
using TipLine.Core.Dialogs;
using TipLine.EndToEnd.Tests.Harness;

namespace TipLine.EndToEnd.Tests;

public sealed class TranslatingFixture : TipLineFixture
{
    protected override bool WithTranslator => true;

    protected override IDictionary<string, string> Settings => new Dictionary<string, string> { ["TipLine:IdleSubmitSeconds"] = "600" };
}

/// <summary>Conversations in each of the eleven languages, and the English the task force receives.</summary>
public class LanguageTests(TranslatingFixture fixture) : IClassFixture<TranslatingFixture>
{
    private static readonly DialogSet Dialogs = DialogSet.Load(Path.Combine(Repo.Root, "dialogs"));
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    private static string T(string key, string language) => Dialogs.Text(key, language);

    private static string Before(string text, string marker) => text.Split(marker)[0];

    private static string Narrative(JsonElement r) => r.GetProperty("narrative").GetProperty("original").GetString()!;

    [Theory]
    [InlineData("en", "there are girls living in the back of the nail salon on Front street", "done")]
    [InlineData("es", "hay unas muchachas que viven en la parte de atrás del salón de uñas", "listo")]
    [InlineData("pt", "tem umas meninas morando nos fundos do salão de unhas da rua Central", "pronto")]
    [InlineData("fr", "des filles vivent dans l'arrière-boutique du salon de manucure rue Centrale", "fini")]
    [InlineData("zh", "美甲店后面住着几个女孩，她们好像从来不出门", "完成")]
    [InlineData("vi", "có mấy cô gái sống ở phía sau tiệm nail trên đường chính", "xong")]
    [InlineData("ko", "네일샵 뒤쪽에 여자들이 살고 있는데 밖에 나오는 걸 본 적이 없어요", "완료")]
    [InlineData("ru", "в маникюрном салоне на главной улице девушки живут в подсобке", "готово")]
    [InlineData("ar", "في بنات ساكنين ورا صالون الأظافر بالشارع الرئيسي وما بيطلعوا", "خلص")]
    [InlineData("tl", "may mga babaeng nakatira sa likod ng nail salon sa kalye Rizal", "tapos")]
    [InlineData("ht", "gen kèk tifi k ap viv dèyè salon zong lan nan gran ri a", "fini")]
    public async Task A_conversation_is_held_in_the_persons_language_and_the_record_carries_original_and_English(string language, string opening, string done)
    {
        var t = fixture.NewTexter();
        Assert.Contains(T("start.kind", language), await t.TextAsync(opening));
        Assert.Contains(T("tip.where", language), await t.TextAsync("1"));
        Assert.Contains(Before(T("end.tip", language), "{reference}"), await t.TextAsync(done));

        var record = await fixture.Intake.WaitForAsync(r => Narrative(r) == opening && r.GetProperty("narrative").GetProperty("translationStatus").GetString() is "translated" or "source_is_english", Wait);
        Assert.Equal(language, record.GetProperty("language").GetString());
        var english = record.GetProperty("narrative").GetProperty("english").GetString();
        Assert.Equal(language == "en" ? opening : FakeTranslator.English(opening), english);
        if (language != "en") Assert.StartsWith("Translator v3 at", record.GetProperty("narrative").GetProperty("translatedBy").GetString());
    }

    [Theory]
    [InlineData(TranslatorMode.Down)]
    [InlineData(TranslatorMode.Slow)]
    [InlineData(TranslatorMode.Error)]
    public async Task A_translator_that_is_down_slow_or_failing_never_holds_a_tip_and_the_English_follows(TranslatorMode mode)
    {
        var translator = fixture.Translator!;
        translator.Mode = mode;
        try
        {
            var t = fixture.NewTexter();
            var opening = $"el encargado de la bodega les quita los papeles a los trabajadores ({mode})";
            await t.TextAsync(opening);
            var started = DateTime.UtcNow;
            await t.TextAsync("listo");

            var first = await fixture.Intake.WaitForAsync(r => Narrative(r) == opening, Wait);
            Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(6), "the tip waited for the translator");
            Assert.Equal("pending", first.GetProperty("narrative").GetProperty("translationStatus").GetString());
            Assert.Equal(JsonValueKind.Null, first.GetProperty("narrative").GetProperty("english").ValueKind);

            translator.Mode = TranslatorMode.Up;
            var tipId = first.GetProperty("tipId").GetString();
            var translated = await fixture.Intake.WaitForAsync(r => r.GetProperty("tipId").GetString() == tipId && r.GetProperty("submittedBecause").GetString() == "translated", TimeSpan.FromSeconds(60));
            Assert.Equal(FakeTranslator.English(opening), translated.GetProperty("narrative").GetProperty("english").GetString());
            Assert.Equal(opening, Narrative(translated));
        }
        finally
        {
            translator.Mode = TranslatorMode.Up;
        }
    }

    [Fact]
    public async Task A_translator_slower_than_every_retry_does_not_stop_the_line_and_the_English_follows()
    {
        var translator = fixture.Translator!;
        translator.Mode = TranslatorMode.Slow;
        try
        {
            var t = fixture.NewTexter();
            const string opening = "en el taller de la calle Roble encierran a los trabajadores de noche";
            await t.TextAsync(opening);
            await t.TextAsync("listo");
            var first = await fixture.Intake.WaitForAsync(r => Narrative(r) == opening, Wait);

            // Slow past every attempt, retry and the call's whole budget: the translator client gives up on the call.
            var deadline = DateTime.UtcNow.AddSeconds(40);
            while (!fixture.Server.Output.Contains("Translation failed", StringComparison.Ordinal) && !fixture.Server.HasExited && DateTime.UtcNow < deadline) await Task.Delay(200);
            Assert.False(fixture.Server.HasExited, "the server stopped when the translator was slow:\n" + fixture.Server.Output);
            Assert.Contains("Translation failed", fixture.Server.Output);
            Assert.Contains(T("start.kind", "es"), await fixture.NewTexter().TextAsync("quiero avisar de algo que vi en la estación de autobuses"));

            translator.Mode = TranslatorMode.Up;
            var tipId = first.GetProperty("tipId").GetString();
            var translated = await fixture.Intake.WaitForAsync(r => r.GetProperty("tipId").GetString() == tipId && r.GetProperty("submittedBecause").GetString() == "translated", TimeSpan.FromSeconds(60));
            Assert.Equal(FakeTranslator.English(opening), translated.GetProperty("narrative").GetProperty("english").GetString());
        }
        finally
        {
            translator.Mode = TranslatorMode.Up;
        }
    }

    [Fact]
    public async Task Naming_a_language_switches_the_conversation_and_is_confirmed_in_it()
    {
        var t = fixture.NewTexter();
        await t.TextAsync("I want to report something I saw at the bus station");
        Assert.Contains(T("tip.where", "en"), await t.TextAsync("1"));
        var switched = await t.TextAsync("español");
        Assert.StartsWith(T("language.switched", "es"), switched);
        Assert.Contains(T("tip.where", "es"), switched);
        Assert.Contains(T("tip.when", "es"), await t.TextAsync("la estación de autobuses del centro"));
    }

    [Fact]
    public async Task A_two_word_first_message_does_not_decide_the_language_and_a_longer_one_does()
    {
        var t = fixture.NewTexter();
        Assert.Contains(T("start.kind", "en"), await t.TextAsync("cảm ơn"));
        Assert.Contains(T("reprompt.choice", "vi"), await t.TextAsync("có mấy cô gái bị nhốt trong tiệm nail gần nhà tôi"));
    }

    [Fact]
    public async Task A_language_outside_the_eleven_is_answered_in_English_and_Spanish_and_still_translated()
    {
        var t = fixture.NewTexter();
        const string german = "Ich habe gesehen, dass Frauen im Nagelstudio eingesperrt sind";
        var reply = await t.TextAsync(german);
        Assert.StartsWith(T("language.unknown", "en") + "\n" + T("language.unknown", "es"), reply);
        Assert.Contains(T("start.kind", "en"), reply);
        await t.TextAsync("done");

        var record = await fixture.Intake.WaitForAsync(r => Narrative(r) == german && r.GetProperty("narrative").GetProperty("translationStatus").GetString() == "translated", Wait);
        Assert.Equal("de", record.GetProperty("language").GetString()); // named by the translator's /detect
        Assert.Equal(FakeTranslator.English(german), record.GetProperty("narrative").GetProperty("english").GetString());
    }

    [Fact]
    public async Task A_mixed_language_emergency_is_caught_and_answered_with_safety_guidance()
    {
        var t = fixture.NewTexter();
        var reply = await t.TextAsync("ayuda porfa, the boss took our passports y dice que nos mata si salimos");
        Assert.Contains("911", reply);
        Assert.Contains("233733", reply);
        await t.TextAsync("listo");
        var record = await fixture.Intake.WaitForAsync(r => Narrative(r).StartsWith("ayuda porfa, the boss", StringComparison.Ordinal), Wait);
        Assert.Equal("P1", record.GetProperty("urgency").GetString());
    }
}
