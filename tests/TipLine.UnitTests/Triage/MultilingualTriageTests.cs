using TipLine.Core.Triage;

namespace TipLine.UnitTests.Triage;

/// <summary>The hard cases, in every language: ages in words, boundary ages, negation, the past, imminent movement, medical, self-harm.</summary>
public class MultilingualTriageTests
{
    [Theory]
    [InlineData("en", "she is fifteen years old", 15)]
    [InlineData("es", "la muchacha tiene quince años", 15)]
    [InlineData("pt", "a menina tem quinze anos", 15)]
    [InlineData("fr", "elle a seize ans", 16)]
    [InlineData("ru", "ей пятнадцать лет", 15)]
    [InlineData("zh", "她才十五岁", 15)]
    [InlineData("zh", "看着十三四岁", 13)]
    [InlineData("vi", "con bé mới mười lăm tuổi", 15)]
    [InlineData("ko", "그 여자애는 열다섯 살이에요", 15)]
    [InlineData("ko", "15살짜리 애가", 15)]
    [InlineData("ar", "البنت عمرها خمستاشر سنة", 15)]
    [InlineData("ar", "عندها ١٤ سنة", 14)]
    [InlineData("tl", "kinse anyos lang siya", 15)]
    [InlineData("tl", "labing-apat na taon pa lang", 14)]
    [InlineData("ht", "yon tifi kenz an", 15)]
    public void Ages_in_words_and_digits_are_read_in_every_language(string language, string text, int age)
    {
        var decision = Triager.Assess(text, language);
        Assert.Contains(age, decision.Ages);
        Assert.True(decision.Minor);
    }

    [Theory]
    [InlineData("en", "she is 17 and works at the club every night", true)]
    [InlineData("en", "she is 18 and works at the club every night", false)]
    [InlineData("es", "tiene 19 años y trabaja en el bar", false)]
    [InlineData("ru", "ей 17 лет, работает в сауне", true)]
    [InlineData("ru", "ей 19 лет, работает в сауне", false)]
    [InlineData("zh", "她十八岁，在按摩店上班", false)]
    [InlineData("zh", "她十七岁，在按摩店上班", true)]
    [InlineData("ko", "만 19살인데 업소에서 일해요", false)]
    [InlineData("vi", "cô ấy mười chín tuổi, làm ở tiệm nail", false)]
    public void Boundary_ages_decide_minor(string language, string text, bool minor) =>
        Assert.Equal(minor, Triager.Assess(text, language).Minor);

    // "Ten years ago" is a time, not an age.
    [Theory]
    [InlineData("en", "my cousin was forced to work on a farm, that was 10 years ago")]
    [InlineData("ru", "мою сестру заставляли работать на ферме, это было 10 лет назад")]
    [InlineData("ar", "بنت خالتي اجبروها تشتغل بمزرعة، هاد كان من ١٠ سنين")]
    public void Years_ago_is_not_an_age(string language, string text) => Assert.False(Triager.Assess(text, language).Minor);

    // The last word of a larger number is not an age of its own: "fifty five" is not five.
    [Theory]
    [InlineData("en", "the boss is fifty five years old and keeps their passports", 55)]
    [InlineData("es", "el patrón tiene cincuenta y cinco años y les quita los pasaportes", 55)]
    [InlineData("pt", "o patrão tem cinquenta e cinco anos e fica com os passaportes", 55)]
    [InlineData("fr", "le patron a cinquante-cinq ans et garde leurs passeports", 55)]
    [InlineData("vi", "ông chủ năm mươi lăm tuổi giữ hộ chiếu của họ", 55)]
    [InlineData("ru", "хозяину пятьдесят пять лет, он забрал паспорта", 55)]
    [InlineData("zh", "老板三十五岁，扣着工人的护照", 35)]
    [InlineData("zh", "老板是个五十岁的男人", 50)]
    public void An_adult_age_in_words_is_not_read_as_its_last_word(string language, string text, int age)
    {
        var decision = Triager.Assess(text, language);
        Assert.Contains(age, decision.Ages);
        Assert.False(decision.Minor);
    }

    [Theory]
    [InlineData("en", "he doesn't have a gun")]
    [InlineData("es", "el encargado no trae pistola")]
    [InlineData("fr", "il a pas d'arme sur lui")]
    [InlineData("pt", "ele nao tem arma nenhuma")]
    [InlineData("ru", "у него нет ножа")]
    [InlineData("zh", "他没有枪")]
    [InlineData("vi", "ông chủ không có súng")]
    [InlineData("tl", "walang baril yung amo")]
    [InlineData("ht", "li pa gen zam")]
    [InlineData("ar", "ما معه سلاح")]
    public void A_negated_weapon_does_not_fire(string language, string text) =>
        Assert.DoesNotContain(Triager.Assess(text, language).Reasons, r => r.Indicator == "weapon");

    // The negation window once began inside "mon" and read its "n" as French "ne".
    [Theory]
    [InlineData("fr", "mon amie est payée en liquide moins le loyer")]
    [InlineData("en", "my cousin john is paid in cash minus the rent")]
    public void The_tail_of_a_word_cut_by_the_negation_window_is_not_a_negation(string language, string text) =>
        Assert.Contains(Triager.Assess(text, language).Reasons, r => r.Indicator == "control");

    [Theory]
    [InlineData("en", "years ago the boss had a knife and locked us in, I'm fine now")]
    [InlineData("es", "hace años el patrón traía pistola, ya salí de ahí")]
    [InlineData("fr", "il y a deux ans le patron avait un couteau, c'est fini")]
    [InlineData("ru", "три года назад бригадир бил нас, сейчас все хорошо")]
    [InlineData("zh", "几年前老板打过我们，现在已经出来了")]
    public void Violence_in_the_past_is_not_an_emergency(string language, string text) =>
        Assert.NotEqual(Urgency.P1, Triager.Assess(text, language).Urgency);

    [Theory]
    [InlineData("es", "Mi vecina trabaja de planta desde hace un año, la señora le guarda el pasaporte")]
    [InlineData("es", "los trabajadores viven en la obra desde hace dos años, el capataz tiene sus papeles")]
    public void What_has_gone_on_for_a_year_goes_on_still(string language, string text) =>
        Assert.Contains(Triager.Assess(text, language).Reasons, r => r.Indicator == "control");

    [Theory]
    [InlineData("en", "they're putting the workers on a bus to another state at 5am tomorrow")]
    [InlineData("pt", "amanhã cedo vão levar os peões pra outra fazenda")]
    [InlineData("ru", "завтра утром рабочих увозят на другой объект")]
    [InlineData("zh", "明天早上要把工人们都拉走去别的城市")]
    [InlineData("ko", "내일 새벽에 다른 지역으로 데려간대요")]
    [InlineData("ht", "demen maten yo pral mete nou nan kamyon pou lot jaden")]
    public void Imminent_movement_of_victims_is_P1(string language, string text) =>
        Assert.Equal(Urgency.P1, Triager.Assess(text, language).Urgency);

    [Theory]
    [InlineData("en", "she took something and won't wake up")]
    [InlineData("fr", "elle a fait une overdose, elle convulse")]
    [InlineData("vi", "cô ấy bất tỉnh, không thở được")]
    [InlineData("ar", "فاقدة الوعي وما عم تتنفس")]
    [InlineData("tl", "nahimatay siya at hindi humihinga")]
    public void A_medical_emergency_is_P1(string language, string text) =>
        Assert.Equal(Urgency.P1, Triager.Assess(text, language).Urgency);

    [Theory]
    [InlineData("en", "i don't want to live anymore, i'm going to kill myself")]
    [InlineData("es", "ya no quiero vivir")]
    [InlineData("ru", "не хочу жить больше")]
    [InlineData("zh", "我不想活了")]
    [InlineData("ko", "죽고 싶어요")]
    [InlineData("ht", "mwen vle mouri")]
    public void Any_mention_of_self_harm_is_P1_even_with_a_negation_in_it(string language, string text) =>
        Assert.Equal(Urgency.P1, Triager.Assess(text, language).Urgency);

    [Theory]
    [InlineData("en", "what are the signs that someone is being trafficked?")]
    [InlineData("fr", "quels signes repérer chez les saisonniers ? c'est pour une formation")]
    [InlineData("ko", "인신매매 징후가 뭔가요? 교육 자료가 필요해요")]
    [InlineData("tl", "ano po ang mga senyales ng trafficking, para sa seminar")]
    public void Questions_about_signs_are_P3(string language, string text) =>
        Assert.Equal(Urgency.P3, Triager.Assess(text, language).Urgency);

    [Fact]
    public void A_time_the_recognizer_resolves_to_within_hours_counts_as_imminent()
    {
        var d = Triager.Assess("a 15 year old girl will be at the Ridge Motel on Saturday at 9pm, the ad says so", "en");
        Assert.Equal(Urgency.P1, d.Urgency);
        Assert.Contains(d.Reasons, r => r.Indicator == "soon");
    }

    // A date with no year is both the last one and the next one; tomorrow's must not be read as last year's.
    [Theory]
    [InlineData("en", "my cousin says they move the women to another city on november 28", Urgency.P1)]
    [InlineData("en", "my cousin says they move the women to another city on march 3", Urgency.P3)]
    [InlineData("es", "mi prima dice que los van a llevar a otro estado el 28 de noviembre", Urgency.P1)]
    public void A_date_with_no_year_is_imminent_when_its_next_occurrence_is(string language, string text, Urgency expected) =>
        Assert.Equal(expected, Triager.Assess(text, language).Urgency);

    [Fact]
    public void Days_are_not_an_age_and_minutes_ago_is_now()
    {
        Assert.False(Triager.Assess("llevamos dos días sin comida ni agua encerrados en el contenedor", "es").Minor);
        Assert.Equal(Urgency.P1, Triager.Assess("se la llevaron a la fuerza en una camioneta hace cinco minutos", "es").Urgency);
    }

    [Theory]
    [InlineData("a boy around 10 sells candy on the bus and a man takes all the money", "en")]
    [InlineData("a girl about 9 is begging at the gas station with a man who keeps the money", "en")]
    public void An_age_is_not_read_as_a_time_of_day(string text, string language) =>
        Assert.DoesNotContain(Triager.Assess(text, language).Reasons, r => r.Indicator == "soon");

    [Fact]
    public void A_time_after_an_age_is_still_a_time() =>
        Assert.Contains(Triager.Assess("a girl around 10 is being moved to another city around 10 pm", "en").Reasons, r => r.Indicator == "soon");

    [Fact]
    public void A_duration_is_not_read_as_an_age_by_the_recognizer() =>
        Assert.False(Triager.Assess("hace cinco años trabajé en un rancho", "es").Minor);

    [Theory]
    [InlineData("", "she is in ninth grade", false)]
    [InlineData("minor:\n  whatever-age: [grade]\n", "she is in ninth grade", true)]
    [InlineData("minor:\n  unless-adult-age: [grade]\n", "she is in ninth grade", true)]
    [InlineData("minor:\n  whatever-age: [grade]\n  unless: [question]\n", "how do i report abuse in ninth grade", false)]
    public void Which_words_name_a_child_is_the_policys(string minorSection, string text, bool minor)
    {
        var dir = TestPaths.TempDirectory();
        File.WriteAllText(Path.Combine(dir, "x.yaml"),
            "indicators:\n  grade:\n    patterns:\n      en: ['\\bninth grade\\b']\n  question:\n    patterns:\n      en: ['^how do i\\b']\n" + minorSection);
        Assert.Equal(minor, new TriageEngine(TriagePolicy.Load(dir)).Assess(text, "en").Minor);
    }

    [Fact]
    public void A_policy_naming_a_child_by_an_unknown_indicator_is_refused()
    {
        var dir = TestPaths.TempDirectory();
        File.WriteAllText(Path.Combine(dir, "x.yaml"), "minor:\n  whatever-age: [grade]\n");
        Assert.Contains("'grade'", Assert.Throws<TriagePolicyException>(() => TriagePolicy.Load(dir)).Message);
    }

    [Fact]
    public void A_policy_pattern_with_a_doubled_backslash_is_refused()
    {
        var dir = TestPaths.TempDirectory();
        File.WriteAllText(Path.Combine(dir, "x.yaml"), "indicators:\n  weapon:\n    patterns:\n      en: ['\\\\bgun\\\\b']\n");
        Assert.Throws<TriagePolicyException>(() => TriagePolicy.Load(dir));
    }

    [Fact]
    public void A_policy_pattern_with_an_upper_case_escape_is_refused_because_folding_would_change_it()
    {
        var dir = TestPaths.TempDirectory();
        File.WriteAllText(Path.Combine(dir, "x.yaml"), "indicators:\n  cry_for_help:\n    patterns:\n      en: ['^\\W*help\\W*$']\n");
        var refused = Assert.Throws<TriagePolicyException>(() => TriagePolicy.Load(dir));
        Assert.Contains("[^\\w]", refused.Message);
    }

    [Theory]
    [InlineData("en", "please help me")]
    [InlineData("en", "pls help")]
    [InlineData("es", "ayúdenme por favor")]
    [InlineData("pt", "me ajudem por favor")]
    [InlineData("fr", "aidez-moi svp")]
    [InlineData("zh", "救救我")]
    [InlineData("vi", "cứu em với")]
    [InlineData("ru", "помогите мне")]
    [InlineData("ar", "ساعدوني")]
    [InlineData("tl", "tulungan niyo po ako")]
    [InlineData("ht", "ede m tanpri")]
    public void A_bare_plea_for_help_is_an_emergency_in_every_language(string language, string text) =>
        Assert.Equal(Urgency.P1, Triager.Assess(text, language).Urgency);

    [Theory]
    [InlineData("en", "please help me, I'm safe for now but my boss still has my passport", Urgency.P2)]
    [InlineData("en", "can you help me understand the signs of trafficking", Urgency.P3)]
    public void A_plea_beside_safe_for_now_or_a_question_is_not_an_emergency(string language, string text, Urgency expected) =>
        Assert.Equal(expected, Triager.Assess(text, language).Urgency);
}
