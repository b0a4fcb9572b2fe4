using TipLine.Core.Language;
using TipLine.UnitTests.Triage;

namespace TipLine.UnitTests.Language;

public class LanguageIdentifierTests
{
    private static LanguageIdentifier Languages => Triager.LanguageIdentifier;

    [Theory]
    [InlineData("Hi sorry мой русский плохой. my coworker Лена from супермаркет, every night some older guy забирает ее после смены", "ru")]
    [InlineData("제 친구가 工場에서 일하는데 여권을 빼앗겼어요", "ko")]
    [InlineData("我朋友在餐馆工作，老板拿走了她的护照", "zh")]
    [InlineData("صديقتي تعمل في مطعم والمدير أخذ جواز سفرها", "ar")]
    [InlineData("Я думаю что соседку держат взаперти", "ru")]
    public void A_language_with_a_script_of_its_own_is_known_by_its_letters_even_mixed_with_English(string text, string expected) =>
        Assert.Equal(expected, Languages.Identify(text));

    [Theory]
    [InlineData("my neighbour Наташа says her boss at the nail salon keeps the passports of all the girls who work there", "en")]
    [InlineData("mi vecina Ольга dice que el dueño del restaurante no la deja salir de la casa nunca", "es")]
    [InlineData("có mấy cô gái sống ở phía sau tiệm nail trên đường chính và không bao giờ ra ngoài", "vi")]
    public void A_name_in_another_script_does_not_change_a_Latin_script_language(string text, string expected) =>
        Assert.Equal(expected, Languages.Identify(text));

    [Theory]
    [InlineData("em so lam ong ta noi se giet em neu em bo tron, em dang tron trong nha tam", "vi")]
    [InlineData("cuu em voi em bi nhot trong phong khong ra duoc", "vi")]
    [InlineData("tulong po nakakulong ako sa kwarto at ayaw nila akong palabasin", "tl")]
    [InlineData("takot na takot ako sabi ng amo ko papatayin niya ako pag tumakas ako", "tl")]
    public void Vietnamese_typed_without_accents_is_not_taken_for_Tagalog(string text, string expected) =>
        Assert.Equal(expected, Languages.Identify(text));

    // Short replies in the middle of a conversation, where Lingua's trigram models alone confuse close languages.
    [Theory]
    [InlineData("my friend needs help asap", "en")]
    [InlineData("idk where we are tbh", "en")]
    [InlineData("él sigue aquí en la casa", "es")]
    [InlineData("es una camioneta blanca sin placas", "es")]
    [InlineData("ele ainda está aqui em casa", "pt")]
    [InlineData("to indo pra casa agora blz", "pt")]
    [InlineData("je sais pas où on est", "fr")]
    [InlineData("nandito pa rin siya sa bahay", "tl")]
    [InlineData("hắn vẫn còn ở trong nhà", "vi")]
    [InlineData("ông chủ nói ai than phiền thì ổng gọi di trú", "vi")]
    [InlineData("zanmi m bezwen èd", "ht")]
    [InlineData("èske sèvis sa a gratis?", "ht")]
    [InlineData("èske se polis sa a?", "ht")]
    [InlineData("gostaria de saber se posso denunciar por e-mail", "pt")]
    [InlineData("pwede po ba mag-report through email?", "tl")]
    [InlineData("konbyen tan sa ap pran?", "ht")]
    [InlineData("kilè nou louvri?", "ht")]
    [InlineData("est-ce que le service est gratuit?", "fr")]
    [InlineData("ma tante passe la frontière demain pour rendre visite à sa mère", "fr")]
    [InlineData("hello? is this the tip line?", "en")]
    [InlineData("i'm done, i'm holding the razor right now", "en")]
    public void Short_replies_in_close_languages_are_told_apart(string text, string expected) =>
        Assert.Equal(expected, Languages.Identify(text));

    // "Está" is as Portuguese as it is Spanish: it once made these Spanish on its own.
    [Theory]
    [InlineData("a miúda está fechada no quarto a estudar para o exame, enganei-me no número", "pt")]
    [InlineData("a menina está fechada no quarto e o homem levou o telefone dela", "pt")]
    [InlineData("la niña está encerrada en el cuarto y el hombre se llevó su teléfono", "es")]
    public void Esta_counts_for_neither_Spanish_nor_Portuguese(string text, string expected) =>
        Assert.Equal(expected, Languages.Identify(text));

    // Spanish "no" before a verb is Spanish; Portuguese "no" ("in the") comes before a noun and its negation is "não".
    [Theory]
    [InlineData("no está respirando", "es")]
    [InlineData("no despierta, no se mueve", "es")]
    [InlineData("ela está no quarto", "pt")]
    [InlineData("não está respirando", "pt")]
    [InlineData("no, me neither", "en")]
    public void No_before_a_verb_is_Spanish(string text, string expected) =>
        Assert.Equal(expected, Languages.Detect(text));

    // "do" is English and Portuguese, so it counts for neither; "só" folds to "so" but English writes no accents.
    [Theory]
    [InlineData("as meninas do salão de massagem dormem lá mesmo e só saem acompanhadas do gerente", "pt")]
    [InlineData("as moças do bar dormem no próprio bar e só saem acompanhadas do dono", "pt")]
    [InlineData("so the boss does not pay them and they sleep at the shop", "en")]
    public void Portuguese_words_that_fold_into_English_ones_stay_Portuguese(string text, string expected) =>
        Assert.Equal(expected, Languages.Detect(text));

    /// <summary>Short replies (4–8 words, as people answer the dialog) in each Latin-script language: Language/Data/short-replies.tsv.</summary>
    public static TheoryData<string, string> ShortReplies()
    {
        var data = new TheoryData<string, string>();
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Language", "Data", "short-replies.tsv")).Where(l => l.Length > 0))
        {
            var (language, text) = (line.Split('\t')[0], line.Split('\t')[1]);
            data.Add(text, language);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(ShortReplies))]
    public void A_short_reply_is_known_in_every_Latin_script_language(string text, string expected)
    {
        Assert.Equal(expected, Languages.Identify(text));
        Assert.Equal(expected, Languages.Detect(text));
    }

    [Theory]
    [InlineData("Ich habe gesehen, dass Frauen im Nagelstudio eingesperrt sind")]
    [InlineData("Meine Freundin arbeitet dort jeden Tag ohne Lohn")]
    [InlineData("Widziałem, że kobiety są zamknięte w salonie paznokci")]
    public void A_language_outside_the_eleven_is_undetermined(string text) =>
        Assert.Equal(LanguageIdentifier.Undetermined, Languages.Identify(text));

    [Fact]
    public void Letters_mostly_of_a_script_none_of_our_languages_uses_are_undetermined()
    {
        Assert.Equal(LanguageIdentifier.Undetermined, Languages.Identify("ともだちがみせではたらいていますが、パスポートをとられました"));
        Assert.Null(Languages.Detect("ともだちがみせではたらいていますが、パスポートをとられました"));
    }
}
