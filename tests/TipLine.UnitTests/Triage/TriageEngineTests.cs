using TipLine.Core.Triage;

namespace TipLine.UnitTests.Triage;

/// <summary>Cases written from the policy (shared/spec/triage-policy.md), not taken from the dev set.</summary>
public class TriageEngineTests
{
    // As in a conversation: the language is detected first and given to triage.
    private static TriageDecision Assess(string text) => Triager.Assess(text, Triager.LanguageIdentifier.Detect(text));

    // What the patterns alone decide, whatever the models (which drift as examples are added) would raise it to.
    private static TriageDecision AssessByRules(string text) =>
        Triager.RulesAlone.Assess(text, Triager.LanguageIdentifier.Detect(text), Triager.Now);

    /// <summary>The indicators the message fired, in the order its reasons give them.</summary>
    private static IReadOnlyList<string> Indicators(string text) => [.. Assess(text).Reasons.Select(r => r.Indicator)];

    [Theory]
    [InlineData("the manager just pulled a knife on one of the cooks at golden wok, come quick")]
    [InlineData("theres a guy with a pistol guarding the door of the trailer where the workers sleep")]
    [InlineData("hes beating her in the alley behind the laundromat on 3rd")]
    [InlineData("im locked in a room above the bar and cant get out")]
    [InlineData("i'm hiding in the closet, he said he'll be back in an hour")]
    [InlineData("저 지금 화장실에 숨어있어요 사장이 문 밖에서 소리 지르고 있어요")]
    [InlineData("my friend took something at the party house and now she won't wake up")]
    [InlineData("i want to kill myself, i cant do this anymore")]
    [InlineData("they're moving the women from the nail salon to another city tonight")]
    [InlineData("a 15 year old is being sold at the truck stop on route 9 tonight")]
    [InlineData("el patrón trae un cuchillo y está amenazando a los jornaleros")]
    [InlineData("estoy encerrada en un cuarto del bar La Palma, ayúdenme")]
    [InlineData("a mi amiga le dieron algo y no responde, está en el motel")]
    [InlineData("mañana temprano se los van a llevar a otro estado en una troca")]
    [InlineData("ya no aguanto, pienso en matarme")]
    [InlineData("my sister says they're all getting 'shipped out' tonight")]
    [InlineData("он сказал что их «отправят» сегодня ночью в другой город")]
    public void Emergencies_are_P1(string text) => Assert.Equal(Urgency.P1, Assess(text).Urgency);

    [Theory]
    [InlineData("mi tío tiene una troca y la vende el sábado", "sold")]
    [InlineData("we leave for the airport at 7 tomorrow", "movement")]
    [InlineData("the hotel charges for towels and parking", "control")]
    [InlineData("tôi muốn tặng quà cho người tôi thương", "danger_now")]
    [InlineData("他们都说我们欠老板钱", "rumour")]
    [InlineData("tôi làm mất nó rồi", "violence_now")]
    [InlineData("a gente tá apanhando laranja na fazenda", "violence_now")]
    [InlineData("把箱子拖到后面去", "violence_now")]
    [InlineData("الاكل مرمي عالارض", "collapsed")]
    [InlineData("moun nan kay la di m pa ka soti", "rumour")]
    public void Everyday_words_alike_to_this_sessions_patterns_fire_nothing(string text, string indicator) =>
        Assert.DoesNotContain(indicator, Indicators(text));

    [Fact]
    public void The_boss_saying_she_is_fine_does_not_make_a_woman_locked_in_safe() =>
        Assert.Equal(Urgency.P1, Assess("my sister is locked in the basement at the restaurant, the boss says she's fine").Urgency);

    [Theory]
    [InlineData("the motel on 6th has women who stay for weeks, a man collects cash from them every morning and holds onto their phones")]
    [InlineData("двоюродный брат работает на стройке, документы у бригадира, платят копейки, но он говорит что в безопасности")]
    public void Cash_collected_phones_held_or_papers_with_the_foreman_is_control(string text) =>
        Assert.Equal(Urgency.P2, AssessByRules(text).Urgency);

    // A grown man who picks a child up or drops her off, often, is how grooming looks from outside.
    [Theory]
    [InlineData("my neighbour is 15 and an older guy picks her up after school most days")]
    [InlineData("mi vecina tiene 15 años y un señor mayor la recoge en la escuela casi todos los días")]
    [InlineData("minha vizinha tem 15 anos e um homem mais velho busca ela na escola quase todo dia")]
    [InlineData("ma voisine a 15 ans et un homme plus âgé la dépose chez elle presque tous les soirs")]
    [InlineData("邻居家的女儿15岁，有个中年男人几乎每天开车接她放学")]
    [InlineData("con bé hàng xóm 15 tuổi, một ông lớn tuổi đón nó ở trường gần như mỗi ngày")]
    [InlineData("옆집 애가 15살인데 나이 많은 아저씨가 거의 매일 학교 앞에서 태우러 와요")]
    [InlineData("соседке 15 лет, взрослый мужик забирает её после школы почти каждый день")]
    [InlineData("بنت الجيران عمرها 15 سنة وفي رجل كبير بالعمر بيوصلها عالبيت كل يوم تقريبا")]
    [InlineData("yung kapitbahay namin 15 anyos, may matandang lalaki na sumusundo sa kanya halos araw araw")]
    [InlineData("pitit vwazin nan gen 15 an, gen yon gran nèg ki vin chèche l lekòl prèske chak jou")]
    public void A_child_picked_up_by_an_older_man_is_ongoing_exploitation_by_the_rules(string text)
    {
        var decision = AssessByRules(text);
        Assert.Equal((Urgency.P2, true), (decision.Urgency, decision.Minor));
    }

    // 112 is an emergency number in Europe and Korea; "room 112", "112호" are doors.
    [Theory]
    [InlineData("모텔 112호에 여자들이 계속 드나들어요", false)]
    [InlineData("la fille de la chambre 112 sort jamais", false)]
    [InlineData("112에 신고해야 할까요? 옆방에서 비명이 들려요", true)]
    [InlineData("appelez le 112, il la frappe", true)]
    public void A_room_numbered_112_is_not_a_call_to_112(string text, bool cries) =>
        Assert.Equal(cries, Indicators(text).Contains("cry_for_help"));

    [Theory]
    [InlineData("انا عاملة بالمنزل من سنتين، ما عطوني ولا معاش، جوازي معهم", Urgency.P2)]
    [InlineData("il y a longtemps j'ai été obligée de travailler sans être payée", Urgency.P3)]
    [InlineData("if someone at my work had their passport taken would they get deported if they reported it?", Urgency.P3)]
    public void Working_for_two_years_is_now_long_ago_is_past_and_if_someone_is_a_question(string text, Urgency urgency) =>
        Assert.Equal(urgency, AssessByRules(text).Urgency);

    [Theory]
    [InlineData("ikinulong nila ang 9 na lalaki sa isang container sa pantalan", false)]
    [InlineData("yung 14 na anak ng kapitbahay sasama sa lalaki", true)]
    public void A_head_count_in_tagalog_is_not_an_age(string text, bool minor) => Assert.Equal(minor, AssessByRules(text).Minor);

    [Fact]
    public void Headache_pills_before_sleep_are_not_an_overdose() =>
        Assert.Equal(Urgency.P3, AssessByRules("она выпила таблетки от головы и легла спать, я просто хотела спросить про обучение").Urgency);

    [Theory]
    [InlineData("on va mettre le feu d'artifice ce soir à la fête, vous voulez des flyers ?")]
    [InlineData("does your training cover hypothermia risks for farm workers in winter?")]
    [InlineData("the placement fee for my nanny agency was $300, is that normal?")]
    [InlineData("magkano po ba ang placement fee na legal sa mga agency? salamat po")]
    [InlineData("est-ce que c'est bien de donner de l'argent aux enfants qui mendient au carrefour ou ça aide les trafiquants ?")]
    [InlineData("给路口乞讨的孩子钱可以吗?还是会帮到人贩子?")]
    public void Fireworks_a_training_question_a_fee_asked_about_or_whether_giving_helps_traffickers_is_routine(string text) =>
        Assert.Equal(Urgency.P3, AssessByRules(text).Urgency);

    [Theory]
    [InlineData("chú tôi cần ghép thận, chuyện buôn bán nội tạng các bạn có lo không?")]
    [InlineData("người trong chung cư tôi cứ nói tiệm massage ở tầng trệt là bình phong. bản thân tôi chưa thấy gì lạ")]
    [InlineData("is it true the T visa lets you bring your kids over later?")]
    public void Organ_trade_asked_about_oneself_or_is_it_true_is_not_an_emergency(string text)
    {
        var decision = AssessByRules(text);
        Assert.Equal((Urgency.P3, false), (decision.Urgency, decision.Minor));
    }

    // A condition calls no one: "if I call the police" is the threat's condition, "call the police" a plea.
    [Theory]
    [InlineData("he says if i call the police he will get me deported", false)]
    [InlineData("dice que si llamo a la policía me va a deportar", false)]
    [InlineData("他说如果我报警就让我被遣返", false)]
    [InlineData("call the police, he is hitting her", true)]
    [InlineData("please call 911 if you can", true)]
    public void A_call_for_help_inside_a_condition_is_not_a_cry_for_help(string text, bool cries) =>
        Assert.Equal(cries, AssessByRules(text).Reasons.Any(r => r.Indicator == "cry_for_help"));

    [Fact]
    public void A_dog_biting_the_furniture_is_not_violence() =>
        Assert.Equal(Urgency.P3, AssessByRules("our dog is biting the furniture again").Urgency);

    [Fact]
    public void Wondering_what_the_signs_are_is_a_question() =>
        Assert.Equal(Urgency.P3, AssessByRules("is it normal for a massage place to have the windows covered? just wondering what the signs are").Urgency);

    [Theory]
    [InlineData("我们小区有个16岁的女孩在KTV上班 每天凌晨才回来 她说老板让她陪客人喝酒", Urgency.P2)]
    [InlineData("我去年在一个工厂干过 老板扣过我们的证件 现在我已经回国了 这个还能举报吗", Urgency.P3)]
    [InlineData("방문 판매 팀장이 신분증을 갖고 있고 못 팔면 밥을 안 줘요 오늘 밤은 위험하지 않아요", Urgency.P2)]
    public void Every_dawn_back_home_now_and_a_threat_of_no_food_are_not_emergencies(string text, Urgency expected) =>
        Assert.Equal(expected, AssessByRules(text).Urgency);

    [Theory]
    [InlineData("os peões da carvoaria moram num barraco e o gato não deixa ninguém ir embora antes de pagar a passagem, mas ninguém tá machucado", Urgency.P2)]
    [InlineData("사장이 여권을 가져가서 몇 년째 못 돌려받았대요 지금은 괜찮다고 하세요", Urgency.P2)]
    [InlineData("شو لازم اعمل اذا شكيت ان جيراننا عندهم خدامة محبوسة؟ مجرد سؤال عام", Urgency.P3)]
    public void Kept_until_the_fare_is_paid_a_passport_never_returned_and_a_general_question(string text, Urgency expected) =>
        Assert.Equal(expected, AssessByRules(text).Urgency);

    [Theory]
    [InlineData("the farm on county rd 12 has workers living in old buses, the crew boss charges them for the bus and the water")]
    [InlineData("o filho de 14 anos da vizinha trabalha na feira carregando caixa todo dia, o patrão paga com lanche")]
    public void Charged_for_the_bus_or_paid_in_snacks_is_ongoing_exploitation(string text) => Assert.Equal(Urgency.P2, Assess(text).Urgency);

    [Theory]
    [InlineData("tulong, nasa bodega kami, ni-lock nya kami at may baril sya, 6 kami dito")]
    [InlineData("kouzin mwen travay nan yon kay, yo pa janm peye l depi 1 an")]
    public void A_head_count_or_a_duration_is_not_an_age(string text) => Assert.False(Assess(text).Minor);

    [Theory]
    [InlineData("the lady who runs the nail place just locked the two new girls in the supply closet")]
    [InlineData("في شب بالمزرعة ضربوه لحد ما صار ما يحكي ومرمي بالمخزن من الصبح")]
    [InlineData("il y a une femme qui crie à l'aide depuis le sous-sol, la porte est fermée avec un cadenas")]
    [InlineData("a menina de 13 saiu agora com um homem que eu nunca vi e ele empurrou ela pro carro")]
    [InlineData("may batang babae mga 15 na dinadala ngayon ng isang lalaki sa motel sa tabi ng terminal")]
    public void Shut_in_beaten_or_taken_away_now_is_an_emergency(string text) => Assert.Equal(Urgency.P1, Assess(text).Urgency);

    [Theory]
    [InlineData("domestic helper sya, hindi sya pinapasweldo at hawak nila passport nya", "control", true)]
    [InlineData("chủ giữ giấy tờ, không cho ra khỏi trại một mình", "confined", false)]
    public void Held_papers_after_a_negation_and_not_let_out_alone_are_read_for_what_they_are(string text, string indicator, bool fires) =>
        Assert.Equal(fires, Indicators(text).Contains(indicator));

    [Theory]
    [InlineData("사장이 데려온 의사가 어제 뭘 한 뒤로 계속 피를 흘려요, 병원은 안 된대요")]
    public void Bleeding_that_does_not_stop_is_an_emergency(string text) => Assert.Equal(Urgency.P1, Assess(text).Urgency);

    [Theory]
    [InlineData("我前男友的新女朋友在网站上挂了广告 是他回消息 开车送她去见客 钱也是他拿着")]
    [InlineData("bạn gái mới của người yêu cũ tôi có đăng quảng cáo trên trang web, hắn chở cô ấy đi gặp khách và giữ tiền")]
    [InlineData("제 전남친 새 여자친구가 사이트에 광고가 올라가 있는데 손님한테 차로 데려다주고 돈도 걔가 가져요")]
    [InlineData("صاحبة طليقي عندها اعلانات على موقع، هو بيوصلها للمواعيد وبياخد المصاري")]
    [InlineData("may ads sya sa website, hinahatid nya sya sa mga booking at sya yung may hawak ng pera")]
    [InlineData("li gen anons sou yon sit, se li ki mennen l nan randevou yo e ki kenbe lajan an")]
    public void The_man_who_answers_her_ads_and_keeps_her_money_controls_her(string text) =>
        Assert.Contains("control", Indicators(text));

    [Fact]
    public void Cars_that_came_and_went_are_not_hearsay() =>
        Assert.DoesNotContain("rumour", Indicators("예전에 살던 동네 어떤 집에 밤낮없이 차들이 드나들었는데 몇 달 전에 이사 갔어요"));

    [Theory]
    [InlineData("theyre making the new girl drink until she cant stand and two men are taking her upstairs")]
    [InlineData("están haciendo tomar a la muchacha nueva hasta que no se puede parar")]
    [InlineData("ils font boire la nouvelle jusqu'à ce qu'elle tienne plus debout")]
    [InlineData("他们一直灌新来的那个女孩喝酒 她已经站不起来了")]
    [InlineData("عم يشربوا البنت الجديدة لحد ما صارت ما تقدر توقف")]
    [InlineData("pinapainom nila yung bagong babae hanggang hindi na sya makatayo")]
    [InlineData("somos 12 personas en un contenedor en el puerto, el aire está muy malo")]
    [InlineData("我们12个人在港口的一个集装箱里 空气很差")]
    [InlineData("нас 12 человек в контейнере в порту, воздух очень плохой")]
    public void Made_to_drink_until_she_cannot_stand_or_held_in_a_container_is_an_emergency(string text) =>
        Assert.Equal(Urgency.P1, Assess(text).Urgency);

    [Theory]
    [InlineData("me escapé del hombre que tenía mi pasaporte. estoy en casa de una amiga y esta noche estoy a salvo. ¿me pueden ayudar?")]
    [InlineData("consegui fugir do homem que ficava com meu passaporte. to na casa de uma amiga e hoje to segura. vocês podem me ajudar?")]
    [InlineData("je me suis enfuie de l'homme qui gardait mon passeport. je suis chez une amie et en sécurité ce soir. vous pouvez m'aider?")]
    [InlineData("я сбежала от мужчины который держал мой паспорт. я у подруги и сегодня в безопасности. вы можете помочь")]
    public void Got_away_safe_tonight_and_asking_for_help_is_urgent(string text) => Assert.Equal(Urgency.P2, Assess(text).Urgency);

    [Theory]
    [InlineData("如果老板从工资里扣工作服和住宿的钱 这算人口贩卖还是只是个烂工作？")]
    [InlineData("si el patrón le cobra a alguien el uniforme y la vivienda de su cheque, ¿eso es trata o nada más un mal trabajo?")]
    public void Asking_whether_a_deduction_is_trafficking_is_a_question(string text) =>
        Assert.Contains("hypothetical", Indicators(text));

    [Theory]
    [InlineData("the guy she works for told her he'd cut her face if she doesn't bring back 500 tonight")]
    [InlineData("el tipo le dijo que le va a cortar la cara si no le lleva 500 esta noche")]
    [InlineData("meu cafetão diz que vai queimar minha cara se eu não levar 500 hoje à noite")]
    [InlineData("il lui a dit qu'il allait lui taillader le visage si elle ramène pas 500 ce soir")]
    [InlineData("他说今晚她要是拿不回500块 就划烂她的脸")]
    [InlineData("nó nói sẽ rạch mặt cô nếu tối nay không mang về 500")]
    [InlineData("오늘 밤 500 못 가져오면 얼굴을 그어버린대요")]
    [InlineData("он сказал что порежет ей лицо если она сегодня не принесет 500")]
    [InlineData("قلها رح يشرطلها وجها اذا ما جابت 500 الليلة")]
    [InlineData("hihiwain nya ang mukha nya kapag hindi sya nakapag-uwi ng 500 ngayong gabi")]
    [InlineData("li di l ap koupe figi l si l pa pote 500 aswè a")]
    public void A_threat_to_cut_her_face_tonight_is_an_emergency(string text) => Assert.Equal(Urgency.P1, Assess(text).Urgency);

    [Theory]
    [InlineData("a van behind the walmart for hours, i heard knocking from inside", "confined", true)]
    [InlineData("una camioneta atrás del walmart, escuché que tocaban desde adentro", "rumour", false)]
    [InlineData("沃尔玛后面停了一辆面包车 我听到里面有人在敲", "confined", true)]
    [InlineData("фургон стоит уже несколько часов, я слышала стук изнутри", "confined", true)]
    [InlineData("ela tem que levar 500 pra ele hoje", "movement", false)]
    [InlineData("сейчас у меня работа и дети", "minor_term", false)]
    public void Knocking_from_inside_money_and_the_writers_own_children_are_read_for_what_they_are(string text, string indicator, bool fires) =>
        Assert.Equal(fires, Indicators(text).Contains(indicator));

    [Fact]
    public void A_survivor_of_years_ago_is_not_read_as_being_forced_now() =>
        Assert.DoesNotContain("control", Indicators("我19岁的时候 一个我以为是男朋友的人逼我在卡车休息站接客。那是6年前的事了 我现在有工作也有孩子了"));

    [Theory]
    [InlineData("my friend keeps saying she'd be better off dead")]
    [InlineData("mon amie dit tout le temps qu'elle serait mieux morte")]
    [InlineData("我朋友一直说她死了更好")]
    [InlineData("bạn tôi cứ nói chết đi cho xong")]
    [InlineData("صاحبتي ضلها تقول احسن لو كانت ميتة")]
    [InlineData("lagi nyang sinasabi na mas mabuti pang patay na sya")]
    [InlineData("zanmi m toujou ap di li ta pito mouri")]
    public void Better_off_dead_is_a_death_wish(string text) => Assert.Contains("self_harm", Indicators(text));

    [Theory]
    [InlineData("a girl from my daughters school, she's 16, her boyfriend posts her pics on some website with prices")]
    [InlineData("딸 학교에 16살 여자애가 있는데 남자친구가 걔 사진을 가격 적힌 사이트에 올려요")]
    [InlineData("девочке из школы 16, ее парень выкладывает ее фото на какой-то сайт с ценами")]
    [InlineData("في بنت بمدرسة بنتي عمرها 16، صاحبها بينزل صورها على موقع عليه اسعار")]
    [InlineData("may babae sa school ng anak ko, 16 sya, pinopost yung pics nya sa website na may presyo")]
    public void A_child_priced_on_a_website_is_exploited(string text) => Assert.Equal(Urgency.P2, Assess(text).Urgency);

    [Theory]
    [InlineData("không nói chuyện được ổng đang tắm. phòng 208. làm ơn cho người tới")]
    [InlineData("말 못해요 그 사람 샤워 중이에요. 208호. 제발 누구 좀 보내주세요")]
    public void Cannot_talk_send_someone_is_an_emergency(string text) => Assert.Contains("danger_now", Indicators(text));

    [Theory]
    [InlineData("ma fille de 13 ans parle en ligne avec un homme adulte. il lui a dit de sortir en cachette et de le retrouver ce soir")]
    [InlineData("我13岁的女儿在网上跟一个成年男人聊天。他让她今晚偷偷溜出去见他")]
    [InlineData("con gái 13 tuổi của tôi nói chuyện trên mạng với đàn ông lớn tuổi. hắn bảo nó tối nay lén ra gặp hắn")]
    [InlineData("13살 딸이 인터넷에서 다 큰 어른 남자랑 얘기해요. 오늘 밤에 몰래 나와서 만나자고 했대요")]
    [InlineData("моя дочь 13 лет переписывается в интернете со взрослым мужчиной, он сказал ей сегодня тайком уйти и встретиться")]
    [InlineData("بنتي عمرها 13 عم تحكي عالنت مع رجال كبير. قلها تطلع من البيت بالسر وتلاقيه اليوم")]
    public void A_grown_man_met_online_meeting_a_child_tonight_is_an_emergency(string text) =>
        Assert.Equal(Urgency.P1, Assess(text).Urgency);

    [Theory]
    [InlineData("meus vizinhos têm uma senhora que limpa e cuida das crianças, ela dorme na garagem")]
    [InlineData("我邻居家有个阿姨打扫卫生带孩子，她睡在车库里")]
    [InlineData("جيراننا عندهم ست بتنظف وبتهتم بولادهم، بتنام بالكراج")]
    public void The_children_a_domestic_worker_looks_after_name_no_minor(string text) => Assert.False(Assess(text).Minor);

    [Theory]
    [InlineData("people in our building keep saying the massage place downstairs is a front")]
    [InlineData("o pessoal do meu prédio vive dizendo que a casa de massagem é fachada")]
    [InlineData("我们楼里的人都说一楼那家按摩店是个幌子")]
    [InlineData("우리 건물 사람들이 1층 마사지 가게가 위장 업소라고 하더라고요")]
    [InlineData("moun nan bilding nou an ap di kote masaj la se yon fasad")]
    public void What_the_neighbours_say_is_a_rumour(string text) => Assert.Contains("rumour", Indicators(text));

    [Fact]
    public void Vietnamese_myself_is_not_selling_herself() =>
        Assert.DoesNotContain("sex", Indicators("bản thân tôi chưa thấy gì lạ ở chỗ đó"));

    // "Not even 18" is about her age: its "not" must not negate the man taking her away in the next clause (it did, in
    // English, and Arabic "ما بظن" reached past "وفي زلمة").
    [Theory]
    [InlineData("there is a girl at the Bluebird Motel who looks 14, she says she is not even 18 and a man is taking her to another city tonight")]
    [InlineData("hay una muchacha en el motel Bluebird, no creo que tenga 18 y un hombre se la va a llevar a otra ciudad esta noche")]
    [InlineData("tem uma menina no motel Bluebird, acho que ela não tem 18 e um homem vai levar ela pra outra cidade hoje à noite")]
    [InlineData("il y a une fille au motel Bluebird, je pense pas qu'elle ait 18 ans et un homme va l'emmener dans une autre ville ce soir")]
    [InlineData("Bluebird汽车旅馆有个女孩 我觉得她不到18岁 有个男的今晚要把她带到别的城市")]
    [InlineData("có một cô gái ở nhà nghỉ Bluebird, tôi nghĩ chưa tới 18 và một người đàn ông sẽ đưa cô ấy qua thành phố khác tối nay")]
    [InlineData("블루버드 모텔에 여자애가 있는데 18살 안 된 것 같고 어떤 남자가 오늘 밤 다른 도시로 데려간대요")]
    [InlineData("в мотеле Bluebird девушка, по-моему ей нет 18, и мужчина сегодня ночью увезет ее в другой город")]
    [InlineData("في بنت بموتيل بلوبيرد، ما بظن عمرها 18 وفي زلمة رح ياخدها على مدينة تانية الليلة")]
    [InlineData("may babae sa Bluebird motel, sa tingin ko wala pa syang 18 at may lalaking magdadala sa kanya sa ibang lungsod mamayang gabi")]
    [InlineData("gen yon tifi nan motèl Bluebird la, m pa kwè li gen 18 an epi yon nèg pral mennen l nan yon lòt vil aswè a")]
    public void Saying_she_is_under_18_does_not_negate_what_follows(string text) =>
        Assert.Equal(Urgency.P1, AssessByRules(text).Urgency);

    [Theory]
    [InlineData("the girl at the bar is under 18", true)]
    [InlineData("she says she's 19 but i dont think she's 18", true)]
    [InlineData("la muchacha del bar no creo que tenga 18", true)]
    [InlineData("a menina do bar acho que ela não tem 18", true)]
    [InlineData("la fille du bar, je pense pas qu'elle ait 18 ans", true)]
    [InlineData("酒吧那个女孩我觉得她不到18岁", true)]
    [InlineData("cô gái ở quán bar tôi nghĩ chưa tới 18", true)]
    [InlineData("바에 있는 여자애 18살 안 된 것 같아요", true)]
    [InlineData("девушке из бара по-моему нет 18", true)]
    [InlineData("البنت اللي بالبار ما بظن عمرها 18", true)]
    [InlineData("yung babae sa bar sa tingin ko wala pa syang 18", true)]
    [InlineData("tifi ki nan ba a m pa kwè li gen 18 an", true)]
    [InlineData("when i was under 18 a man sold me, i'm 30 now and safe", false)]
    [InlineData("is it illegal to hire someone under 18 for a bar?", false)]
    public void Said_to_be_under_18_names_a_child(string text, bool minor) => Assert.Equal(minor, Assess(text).Minor);

    [Theory]
    [InlineData("mi prima se estaba escondiendo de los hombres que la trajeron y ahora tiene el cel apagado")]
    [InlineData("двоюродная сестра пряталась от мужчин которые ее привезли, теперь телефон выключен")]
    [InlineData("a menina do quarto 12 tá ficando roxa e a respiração tá estranha")]
    [InlineData("девушка из 12 номера синеет и странно дышит")]
    [InlineData("yung babae sa room 12 nagiging kulay ube na at kakaiba paghinga nya")]
    [InlineData("tifi ki nan chanm 12 lan ap vin ble epi jan l ap respire a pa bon")]
    public void Hiding_from_her_traffickers_or_turning_blue_is_an_emergency(string text) =>
        Assert.Equal(Urgency.P1, Assess(text).Urgency);

    [Fact]
    public void A_ride_in_a_car_is_not_violence() =>
        Assert.DoesNotContain("violence_harm", Indicators("어떤 남자가 걔를 차에 태우고 다니면서 사탕을 팔게 해요"));

    [Theory]
    [InlineData("im 16 at a motel by the airport dont know which room number, hes coming back in an hour to take me somewhere", true)]
    [InlineData("he said he'll be back in a few minutes to move us to another city", true)]
    [InlineData("back in 2019 my boss took me somewhere far and left me there", false)]
    public void Coming_back_soon_to_take_the_writer_somewhere_is_an_emergency(string text, bool emergency)
    {
        Assert.Equal(emergency, Assess(text).Urgency == Urgency.P1);
        Assert.DoesNotContain("unspecific", Indicators(text));
    }

    [Theory]
    [InlineData("a man at my church offers young women jobs in Dubai with free flights. is this how trafficking starts? what should i tell people")]
    [InlineData("un homme de mon église propose du travail à Dubaï. c'est comme ça que commence la traite? je dis quoi aux gens?")]
    [InlineData("có một ông ở nhà thờ rủ mấy cô gái đi làm ở Dubai. có phải buôn người bắt đầu như vậy không? tôi nên nói gì với mọi người")]
    [InlineData("교회에 어떤 남자가 두바이 일자리를 소개해요. 인신매매가 이렇게 시작되는 건가요? 사람들한테 뭐라고 해야 돼요")]
    [InlineData("мужчина из церкви предлагает девушкам работу в Дубае. так начинается торговля людьми? что мне сказать людям")]
    public void Asking_whether_a_lure_is_how_trafficking_starts_is_a_question(string text)
    {
        Assert.Contains("info_request", Indicators(text));
        Assert.Equal(Urgency.P3, Assess(text).Urgency);
    }

    [Theory]
    [InlineData("одна клиентка сказала что хозяйка держит у себя их документы", "control", true)]
    [InlineData("одна клиентка сказала что хозяйка держит у себя их документы", "sex", false)]
    [InlineData("elles travaillent genre 12h par jour au salon", "soon", false)]
    [InlineData("ils partent à 22h avec les filles", "soon", true)]
    public void A_customer_hours_a_day_and_papers_kept_are_read_for_what_they_are(string text, string indicator, bool fires) =>
        Assert.Equal(fires, Indicators(text).Contains(indicator));

    [Theory]
    [InlineData("she doesn't speak English and he keeps her passport in a locked drawer")]
    [InlineData("a moça não fala português e ele guarda o passaporte dela numa gaveta trancada")]
    [InlineData("hindi siya bayad at doon na siya natutulog sa pagawaan ng amo niya")]
    [InlineData("la señora no habla inglés y ella le guarda el pasaporte en un cajón con llave")]
    [InlineData("he doesn't pay them and says that they owe him for the trip here")]
    [InlineData("он им не платит и говорит что они должны за дорогу")]
    // What the rules read (the models may raise it further; that is measured elsewhere): the control after the
    // negation's clause counts.
    public void A_negation_ends_where_and_brings_a_new_subject(string text) =>
        Assert.Contains("control", Indicators(text));

    [Theory]
    [InlineData("he said if i dont bring home 500 tonight he'll put me in the ground")]
    [InlineData("dice que si no le llevo el dinero hoy me mata")]
    [InlineData("오늘 밤에 돈 못 가져오면 죽인다고 했어요")]
    [InlineData("если не принесу деньги сегодня, он убьёт меня")]
    public void A_negation_inside_a_condition_does_not_cancel_the_threat(string text) => Assert.Equal(Urgency.P1, Assess(text).Urgency);

    [Theory]
    [InlineData("hypothetically if someone's boss kept their passport would that count as trafficking?", Urgency.P3)]
    [InlineData("si alguien le guarda los papeles a su empleada, ¿eso ya es trata?", Urgency.P3)]
    [InlineData("my boss keeps my passport and won't give it back, is that trafficking?", Urgency.P2)]
    public void A_question_about_someone_in_general_is_routine_and_one_about_the_writer_is_not(string text, Urgency expected) =>
        Assert.Equal(expected, Assess(text).Urgency);

    [Theory]
    [InlineData("he doesn't have a gun, but the workers at the farm can't keep their passports")]
    [InlineData("no tiene pistola ni nada, pero les quitó los pasaportes a los trabajadores de la obra")]
    public void A_negated_weapon_does_not_fire(string text)
    {
        var decision = Assess(text);
        Assert.DoesNotContain(decision.Reasons, r => r.Indicator == "weapon");
        Assert.Equal(Urgency.P2, decision.Urgency);
    }

    [Theory]
    [InlineData("years ago my old boss had a gun and locked us in the warehouse. i'm out now and fine")]
    [InlineData("hace años el dueño del rancho traía pistola y nos encerraba, ya salí de ahí")]
    public void Violence_in_the_past_is_not_an_emergency(string text) => Assert.Equal(Urgency.P3, Assess(text).Urgency);

    [Theory]
    [InlineData("a 14 year old girl works at the massage place on elm every day, men go in and out")]
    [InlineData("la niña de trece años que vive con los vecinos atiende clientes en el bar de la esquina")]
    [InlineData("my neighbor keeps the nanny's passport and she sleeps in the garage, she says she owes them for the flight")]
    [InlineData("i need a safe place to stay, i left the house where they made me work. i'm ok for tonight")]
    public void Ongoing_exploitation_without_danger_now_is_P2(string text) => Assert.Equal(Urgency.P2, Assess(text).Urgency);

    [Theory]
    [InlineData("what are the signs that a coworker is being trafficked?")]
    [InlineData("people say some farms around here don't pay the pickers, no idea which ones")]
    [InlineData("¿cuáles son las señales de que alguien es víctima? quiero dar un taller en la escuela")]
    public void Questions_and_rumours_are_P3(string text) => Assert.Equal(Urgency.P3, Assess(text).Urgency);

    [Theory]
    [InlineData("she is seventeen and works at the club", true)]
    [InlineData("she just turned 18 and works at the club", false)]
    [InlineData("she is 19, works at the club", false)]
    [InlineData("tiene diecisiete años y trabaja en el bar", true)]
    [InlineData("tiene 18 años y trabaja en el bar", false)]
    [InlineData("the girl looks about 14", true)]
    [InlineData("a kid from the middle school is selling stuff door to door for some guy", true)]
    public void Boundary_ages_decide_minor(string text, bool minor) => Assert.Equal(minor, Assess(text).Minor);

    [Theory]
    [InlineData("lol my boss is keeping me hostage with all this overtime 😂", Urgency.P3)]
    [InlineData("jajaja mi jefe me tiene secuestrada con tantas horas extra 😂", Urgency.P3)]
    // Without the laughter, or laughing with no work hours in sight, confinement is what it says.
    [InlineData("my boss is keeping me hostage with all this overtime, he locked the door", Urgency.P1)]
    [InlineData("lol i know this sounds crazy but he locked me in the room and took my phone", Urgency.P1)]
    [InlineData("haha he beat me again after my shift and locked me in", Urgency.P1)]
    public void Laughing_about_work_hours_is_a_figure_of_speech_not_confinement(string text, Urgency expected) =>
        Assert.Equal(expected, Assess(text).Urgency);

    [Theory]
    [InlineData("what should I do if I think someone is being locked in at night?", Urgency.P3)]
    [InlineData("que faut-il faire si on pense que quelqu'un est séquestré ?", Urgency.P3)]
    // Happening now, self-harm, or no question at all: still an emergency.
    [InlineData("what do I do if someone is beating her right now in the lot", Urgency.P1)]
    [InlineData("what should I do if someone says they want to kill themselves?", Urgency.P1)]
    [InlineData("please send someone, if anyone is reading this he is beating her", Urgency.P1)]
    public void Asking_what_to_do_if_someone_were_in_danger_is_a_question_not_a_report(string text, Urgency expected) =>
        Assert.Equal(expected, Assess(text).Urgency);

    [Theory]
    [InlineData("someone on facebook said girls are being locked up in some house downtown, no idea where", Urgency.P3)]
    // Hearsay with something happening now, a weapon or a child stays an emergency.
    [InlineData("someone on facebook said a woman is locked up in some house downtown and they're moving her tonight", Urgency.P1)]
    [InlineData("people are saying a man with a gun keeps women locked up somewhere downtown", Urgency.P1)]
    [InlineData("someone in the group chat said a 14 year old is locked in some apartment, nobody knows where", Urgency.P1)]
    public void Hearsay_of_confinement_nobody_can_place_is_a_rumour(string text, Urgency expected) =>
        Assert.Equal(expected, Assess(text).Urgency);

    [Theory]
    [InlineData("last summer at a truck stop i saw two girls in school uniforms get into a truck with an old man, now that i think about it it was wrong", Urgency.P3)]
    [InlineData("上个月路过卡车休息站 看见两个穿校服的女孩跟着一个男的上了卡车 现在越想越不对劲", Urgency.P3)]
    [InlineData("지난달 휴게소에서 교복 입은 여자애 둘이 아저씨 트럭에 타는 걸 봤어요 지금 생각해보니 이상해요", Urgency.P3)]
    // Now itself, beside the same story, is now.
    [InlineData("two girls in school uniforms are getting into a truck with an old man at the truck stop now", Urgency.P1)]
    public void Now_that_I_think_about_it_looks_back(string text, Urgency expected) =>
        Assert.Equal(expected, Assess(text).Urgency);

    [Theory]
    [InlineData("سمعت انو في مزرعة بالمنطقة ما بيدفعوا للعمال، ما بعرف وين", Urgency.P3)]
    // The writer's own ears: a girl of 13 priced for tonight is not hearsay.
    [InlineData("بنت عمرها ١٣ واقفة مع رجل عند محطة البنزين، سمعته يقول لواحد الليلة بخمسمية", Urgency.P1)]
    public void I_heard_that_is_hearsay_and_I_heard_him_say_is_not(string text, Urgency expected) =>
        Assert.Equal(expected, Assess(text).Urgency);

    [Theory]
    [InlineData("the workers are locked in the dorm and the boss took their passports, nobody is in danger right now", Urgency.P2)]
    [InlineData("공장에서 일하는 베트남 분들이 기숙사에서 나갈 수 없고 여권도 뺏겼대요 지금 당장 위험한 건 아니래요", Urgency.P2)]
    // Safe for now, in the writer's words.
    [InlineData("mi esposo trabaja en una empacadora donde los encierran con llave en la noche, ahorita está bien", Urgency.P2)]
    [InlineData("ma cousine est enfermée dans l'appartement de ses patrons, elle est en sécurité pour l'instant", Urgency.P2)]
    [InlineData("mi esposo trabaja en una empacadora donde los encierran con llave en la noche", Urgency.P1)]
    // Without it, or asking for help now, or "nobody is hurt yet": confinement is an emergency.
    [InlineData("the workers are locked in the dorm and the boss took their passports", Urgency.P1)]
    [InlineData("we are locked in the basement, nobody is hurt, please help us", Urgency.P1)]
    [InlineData("we are locked in the basement, nobody is hurt yet", Urgency.P1)]
    public void Locked_in_with_no_danger_now_is_controlled_movement(string text, Urgency expected) =>
        Assert.Equal(expected, Assess(text).Urgency);

    [Theory]
    // The writer doubts there is anything: the models do not raise it on resemblance alone…
    [InlineData("young women keep coming and going from the trailer behind the gas station at all hours with different guys, idk maybe its nothing", Urgency.P3)]
    // …and the rules still read an emergency said beside the doubt.
    [InlineData("maybe its nothing but a girl is screaming help me in the back of a white van at the shell on 5th right now", Urgency.P1)]
    [InlineData("a lo mejor no es nada pero una muchacha está gritando auxilio dentro de una camioneta ahorita", Urgency.P1)]
    public void Maybe_its_nothing_holds_the_models_back_not_the_rules(string text, Urgency expected) =>
        Assert.Equal(expected, Assess(text).Urgency);

    [Theory]
    [InlineData("my husband's cousin keeps my passport and says I owe 12,000 for the ticket. nobody hits me")]
    [InlineData("ابن عم زوجي جابني هنا مربية، ماسكين جوازي ويقولون علي ١٢ الف. محد يضربني")]
    [InlineData("el primo de mi esposo me tiene el pasaporte y dice que debo 12 mil. nadie me pega")]
    public void Nobody_hits_me_is_no_violence(string text) =>
        Assert.DoesNotContain("violence_now", Indicators(text));

    [Theory]
    // A crew not let ashore for months is control (P2), not a car that won't let her out (P1).
    [InlineData("my cousin works on a fishing boat and the captain hasn't let anyone off in 4 months, he says they're ok", Urgency.P2)]
    [InlineData("mi primo trabaja en un barco pesquero y el capitán no deja bajar a nadie desde hace 4 meses, él dice que están bien", Urgency.P2)]
    [InlineData("двоюродный брат работает на рыболовецком судне, капитан уже 4 месяца никого не отпускает на берег, он говорит что всё нормально", Urgency.P2)]
    // A survivor of long ago asking about a visa is not being moved now.
    [InlineData("j'ai été victime de traite il y a 10 ans dans un autre pays et je voudrais parler à quelqu'un pour demander un visa T maintenant", Urgency.P3)]
    [InlineData("na-traffic ako 10 taon na ang nakalipas sa ibang bansa at gusto ko ngayong kumausap ng tao tungkol sa T visa", Urgency.P3)]
    public void A_crew_kept_aboard_is_control_and_a_survivor_asking_is_not_an_emergency(string text, Urgency expected) =>
        // By the rules: with some example sets learned the P1 model raises the crew to P1 (0.86 with holdout-223), a
        // false alarm the policy accepts; "he says they're ok" is not read as safe, since it may be the captain saying it.
        Assert.Equal(expected, AssessByRules(text).Urgency);

    [Theory]
    // Fed only if they sell enough, and no danger tonight: a punishment threatened is control (P2), not hunger now.
    [InlineData("я езжу с бригадой которая продаёт журналы по квартирам, бригадир держит наши документы, если не продаём не кормят, сегодня мне ничего не угрожает", Urgency.P2)]
    [InlineData("我跟着一个卖杂志的团队，老板拿着我们的证件，卖不够就不给饭吃，今晚我没有危险", Urgency.P2)]
    // Hunger now is deprivation.
    [InlineData("нас не кормят уже три дня, бригадир держит наши документы", Urgency.P1)]
    public void Food_withheld_as_a_threat_is_control_and_hunger_now_is_an_emergency(string text, Urgency expected) =>
        Assert.Equal(expected, Assess(text).Urgency);

    [Theory]
    // Hearsay that names concrete control is ongoing exploitation (P2); the news of a tragedy elsewhere is not a tip.
    [InlineData("подруга подруги говорит что девушки из нового массажного салона не могут выходить одни и спят на массажных столах", Urgency.P2)]
    [InlineData("zanmi zanmi m di fi ki nan nouvo salon masaj la pa ka soti pou kont yo e yo dòmi sou tab masaj yo", Urgency.P2)]
    [InlineData("m li ke 10 moun te mouri nan yon kamyon nan Texas, kijan pou n anpeche sa?", Urgency.P3)]
    public void Hearsay_of_control_is_ongoing_and_the_news_is_not_a_tip(string text, Urgency expected) =>
        Assert.Equal(expected, Assess(text).Urgency);

    [Theory]
    [InlineData("my 12 yr old cousin is on a livestream right now, grown men in the chat are paying him to take his shirt off", "sex")]
    [InlineData("중학생 조카가 사진 보냈는데 오늘 안 만나주면 학교에 뿌린다고 협박받고 지금 만나러 나갔어요", "sex")]
    [InlineData("في عصابة تاخذ اطفال من المخيم وتبيع اعضائهم", "sold")]
    [InlineData("vendieron a mi hermana para casarse con un señor en otro estado", "forced_marriage")]
    // Asking about organ trade is not a child's organs being sold.
    [InlineData("هل صحيح في تجارة أعضاء بالمنطقة؟", null)]
    public void Livestreams_sextortion_organs_and_brides_are_read(string text, string? indicator)
    {
        if (indicator is null) Assert.DoesNotContain("sold", Indicators(text));
        else Assert.Contains(indicator, Indicators(text));
    }

    [Theory]
    [InlineData("what do i do if a man is outside my cousin's window right now saying he's gonna take her back to the house, she's 16")]
    [InlineData("je fais quoi ? un homme est devant la fenêtre de ma cousine en ce moment, il dit qu'il va la ramener chez lui, elle a 16 ans et elle s'est enfuie hier soir")]
    [InlineData("có một ông đang đứng ngoài cửa sổ nhà em họ tôi, nói sẽ bắt nó về lại, nó mới 16 tuổi")]
    [InlineData("怎么办？有个男的现在在我表妹窗外说要把她带回去，她才十六岁")]
    public void A_man_come_to_take_back_a_child_who_got_away_is_an_emergency(string text) =>
        Assert.Contains("movement", Indicators(text));

    [Theory]
    [InlineData("對面舖頭有個細路女 個男人而家拉佢上車", "movement")]
    [InlineData("救命 佢哋唔俾我走 仲打咗我", "confined")]
    [InlineData("dicen que esta noche la van a estrenar", "sex")]
    [InlineData("yung anak ng kumare ko na 14 ka-chat yung isang afam", "minor")]
    [InlineData("وقعت من البلكونة وهم مش عايزين يودوها المستشفى", "medical")]
    [InlineData("дівчина кричить що її тримають силою, чоловік не випускає", "confined")]
    public void Dialects_and_neighbouring_languages_are_read(string text, string indicator) =>
        Assert.Contains(indicator, Indicators(text));

    [Theory]
    // Unpaid "for two months" is still going on; a training fee owed is a debt, not a question about training.
    [InlineData("o meu chefe na obra não paga ninguém faz 2 meses e diz que se a gente sair vai chamar a imigração", Urgency.P2)]
    [InlineData("我妹妹在美容院上班，老板娘扣了她的身份证，说欠她的培训费，现在人是安全的", Urgency.P2)]
    public void Ongoing_control_is_neither_past_nor_a_question(string text, Urgency expected) =>
        Assert.Equal(expected, Assess(text).Urgency);

    [Theory]
    [InlineData("el pollero dice que si mi mamá no manda 3 mil hoy lo mata", "violence_now")]
    [InlineData("o coiote disse que se minha mãe não mandar 3 mil hoje ele mata ele", "violence_now")]
    [InlineData("브로커가 엄마가 오늘 3천 달러 안 보내면 죽인대요", "violence_now")]
    // A child going to a man's hotel to meet him.
    [InlineData("моя племянница 15 лет сегодня вечером едет к нему в отель знакомиться", "sex")]
    [InlineData("yung pamangkin kong 15 pupunta daw siya mamaya sa hotel para makipagkita", "sex")]
    [InlineData("mi sobrina de 15 hoy en la noche va a ir a su hotel a conocerlo", "sex")]
    public void A_ransom_threat_and_a_hotel_meeting_are_read(string text, string indicator) =>
        Assert.Contains(indicator, Indicators(text));

    [Theory]
    [InlineData("the coyote left us in a warehouse near the border 2 days ago, there's no water and one man won't get up anymore")]
    [InlineData("el coyote nos dejó en una bodega cerca de la frontera hace 2 días, no hay agua y un señor ya no se levanta")]
    [InlineData("le passeur nous a laissés dans un entrepôt il y a 2 jours, il n'y a pas d'eau et un homme ne se lève plus")]
    [InlineData("bọn dẫn đường bỏ chúng tôi trong nhà kho 2 ngày trước, một ông không dậy nổi nữa")]
    public void Left_days_ago_and_without_water_now_is_an_emergency(string text) =>
        Assert.Equal(Urgency.P1, Assess(text).Urgency);

    [Theory]
    [InlineData("she heard them say they will deliver her to a man tonight", true)]
    [InlineData("ma sœur a entendu qu'on va la \"livrer\" ce soir", true)]
    [InlineData("a mi prima la van a entregar esta noche", true)]
    // A parcel, an order, a baby.
    [InlineData("la commande est prête, ils vont la livrer ce soir", false)]
    [InlineData("el pedido ya salió, me dijeron que lo van a entregar hoy en la noche", false)]
    [InlineData("hoy en la noche se lo va a entregar a un señor de la paquetería", false)]
    [InlineData("the midwife is going to deliver her baby tonight at home", false)]
    public void A_person_delivered_is_sold(string text, bool sold) =>
        Assert.Equal(sold, Indicators(text).Contains("sold"));

    [Theory]
    [InlineData("my sister is in a truck somewhere on the highway, they took her passport", true)]
    [InlineData("shes in the back of a semi on I-10 rn, they took her phone", true)]
    // Working in a truck is not being moved in one.
    [InlineData("my brother works in a truck on the interstate and says the drivers at the rest stop act weird", false)]
    public void In_a_truck_on_the_highway_now_is_being_moved(string text, bool moved) =>
        Assert.Equal(moved, Indicators(text).Contains("movement"));

    [Theory]
    [InlineData("my sister is in a truck somewhere on the highway, they took her passport, please help")]
    [InlineData("ma sœur est dans un camion quelque part sur l'autoroute, ils ont pris son passeport")]
    [InlineData("mi hermana está en un camión en algún lugar de la carretera, le quitaron el pasaporte")]
    [InlineData("сестра в фуре где-то на трассе, у неё забрали паспорт")]
    public void Somewhere_on_the_highway_is_a_person_in_transit_not_a_vague_tip(string text) =>
        Assert.DoesNotContain("unspecific", Indicators(text));

    [Theory]
    [InlineData("I just watched a movie where girls were locked in a shipping container and sold", Urgency.P3)]
    // A film or the news mentioned beside something happening now does not hide it.
    [InlineData("I saw her on the news as missing, and right now a man is dragging her into a van at the Shell on 5th", Urgency.P1)]
    [InlineData("like in that movie, they locked me in the back room and took my phone, please help", Urgency.P1)]
    public void What_happens_in_a_film_or_the_news_is_not_happening_now(string text, Urgency expected) =>
        Assert.Equal(expected, Assess(text).Urgency);

    [Theory]
    // A school year outweighs a claimed adult age.
    [InlineData("girl in the lobby says she's 18 but she told me she's a junior at Central", true)]
    [InlineData("la fille dit qu'elle a 18 ans mais elle est en seconde au lycée", true)]
    [InlineData("девушка говорит что ей 18, но она учится в десятом классе", true)]
    [InlineData("那个女孩说自己十八岁，但她说她在读高二", true)]
    [InlineData("그 여자애가 자기가 열여덟 살이라는데 고1이래요", true)]
    // An adult recalling her school years names no child; nor does a debt of 8,000 ("должна ему 8 тысяч").
    [InlineData("고등학생 때 어떤 남자가 인터넷으로 저를 끌어들이려고 했어요 지금은 서른 살이고 잘 지내요", false)]
    [InlineData("noong high school ako may lalaking nag-recruit sa akin online, 30 na ako ngayon at okay naman", false)]
    [InlineData("моей коллеге только исполнилось 19, хозяин забрал паспорт и говорит что она должна ему 8 тысяч", false)]
    public void A_school_year_names_a_child_and_school_days_remembered_do_not(string text, bool minor) =>
        Assert.Equal(minor, Assess(text).Minor);

    [Theory]
    [InlineData("quando eu estava no ensino médio um homem tentou me aliciar pela internet, hoje tenho 30 e estou bem")]
    [InlineData("我上高中的时候有个男的在网上想招募我，现在我三十岁了，过得很好")]
    [InlineData("لما كنت في الثانوية واحد حاول يجندني عن طريق النت، الحين عمري ٣٠ وانا بخير")]
    public void An_adult_telling_her_school_years_is_not_urgent(string text) =>
        Assert.Equal(Urgency.P3, Assess(text).Urgency);

    [Theory]
    [InlineData("fr", "j'ai été victime il y a dix ans, aujourd'hui je vais bien", false)]
    [InlineData("fr", "elle a dix ans et elle travaille au restaurant", true)]
    [InlineData("fr", "ma cousine est venue pour garder les enfants d'une famille", false)]
    [InlineData("en", "she came here to babysit the kids of a family in the suburbs", false)]
    [InlineData("es", "el primo de mi esposo me trajo para cuidar niños, me tienen el pasaporte", false)]
    [InlineData("en", "the kids at the farm work all day", true)]
    [InlineData("en", "they made us sign a paper that we owe 10000 if we leave before 2 years", false)]
    [InlineData("fr", "ils nous ont fait signer un papier disant qu'on doit 10000 si on part avant 2 ans", false)]
    [InlineData("en", "when I was 17 I was made to dance at a club, I'm 34 now and safe", false)]
    [InlineData("en", "when I was 17 I was made to dance at a club and nobody helped", true)]
    [InlineData("en", "when she was 15 they sold her to a man in Houston", true)]
    public void A_duration_or_a_nannys_children_name_no_minor(string language, string text, bool minor) =>
        Assert.Equal(minor, Triager.Assess(text, language).Minor);

    [Theory]
    [InlineData("他們今晚要把一個十五歲的女孩賣給客人", "他们今晚要把一个十五岁的女孩卖给客人")]
    [InlineData("救命，我被關在房間裡出不去", "救命，我被关在房间里出不去")]
    public void Traditional_Chinese_is_triaged_as_Simplified(string traditional, string simplified)
    {
        var decision = Assess(traditional);
        Assert.Equal(Urgency.P1, decision.Urgency);
        Assert.Equal(Assess(simplified).Minor, decision.Minor);
        Assert.Equal(TipLine.Core.Text.TextNormalizer.Fold(simplified), TipLine.Core.Text.TextNormalizer.Fold(traditional));
    }

    [Fact]
    public void A_count_of_people_or_a_duration_is_not_an_age()
    {
        Assert.False(Assess("about 6 months ago there were like 12 guys living in the barn").Minor);
        Assert.False(Assess("hace 3 años trabajé en un rancho").Minor);
    }

    [Fact]
    public void Mixed_language_messages_fire_in_both_languages()
    {
        var d = Assess("ayuda porfa, the boss took our passports y dice que nos mata si salimos");
        Assert.Equal(Urgency.P1, d.Urgency);
        Assert.Contains(d.Reasons, r => r.Language == "es");
        Assert.Contains(d.Reasons, r => r.Language == "en");
    }

    [Fact]
    public void Reasons_carry_the_evidence_they_matched()
    {
        var d = Assess("a 15 year old is being sold at the truck stop on route 9 tonight");
        Assert.Contains(d.Reasons, r => r.ToString() == "minor:age=15");
        Assert.Contains(d.Reasons, r => r.Indicator == "soon" && r.Evidence == "tonight");
    }

    [Fact]
    public void Urgency_never_goes_down_within_a_conversation()
    {
        var conversation = Assess("hes hitting her right now in the parking lot");
        conversation = conversation.Merge(Assess("ok thanks"));
        Assert.Equal(Urgency.P1, conversation.Urgency);
    }

    [Fact]
    public void First_person_help_is_recognised()
    {
        Assert.True(Assess("i need help getting out, my boss has my passport").FirstPersonHelp);
        Assert.False(Assess("my cousin's boss has her passport").FirstPersonHelp);
    }

    /// <summary>"Locked in", "hiding", "not safe" are a victim's words only when the writer speaks of themselves.</summary>
    [Theory]
    [InlineData("they locked me in the back room of the bar, please")]
    [InlineData("im hiding in the bathroom, he has a gun")]
    [InlineData("estoy encerrada en el cuarto de atrás y no puedo salir")]
    [InlineData("estou trancada no quarto dos fundos, me ajuda")]
    [InlineData("je suis enfermée dans la cave du restaurant")]
    [InlineData("меня заперли в подвале, помогите")]
    [InlineData("我被锁在房间里出不去")]
    [InlineData("저는 방에 갇혀 있어요 나갈 수가 없어요")]
    [InlineData("انا محبوسة بالغرفة وما بقدر اطلع")]
    [InlineData("tôi bị nhốt trong phòng, không ra được")]
    [InlineData("nakakulong ako sa kwarto, hindi ako makalabas")]
    [InlineData("yo fèmen m nan yon chanm, m pa ka soti")]
    [InlineData("locked in the basement help")]
    public void The_writer_in_danger_is_a_victim_writing(string text) => Assert.True(Assess(text).FirstPersonHelp, text);

    [Theory]
    [InlineData("my sister is locked in a house on Birch lane and they took her passport")]
    [InlineData("a girl of 15 is locked in the back room of the motel")]
    [InlineData("hay una niña de 14 años encerrada en la casa de la calle Olmo y el hombre tiene un arma")]
    [InlineData("minha prima está trancada num quarto na casa do patrão")]
    [InlineData("ma soeur est enfermée chez son patron depuis une semaine")]
    [InlineData("мою сестру заперли в подвале у хозяина")]
    [InlineData("我妹妹被锁在老板家里")]
    [InlineData("제 여동생이 사장 집에 갇혀 있어요")]
    [InlineData("اختي محبوسة عند الكفيل")]
    [InlineData("chị tôi bị nhốt ở nhà chủ")]
    [InlineData("ang kapatid ko ay nakakulong sa bahay ng amo niya")]
    [InlineData("sè m fèmen lakay patwon li")]
    public void Someone_else_in_danger_is_a_tip(string text) => Assert.False(Assess(text).FirstPersonHelp, text);

    // A thesis or statistics on child trafficking asks about children; it reports none.
    [Theory]
    [InlineData("im writing a thesis on child trafficking, do you have any statistics?")]
    [InlineData("estoy haciendo una tesis sobre la trata de menores, ¿tienen estadísticas?")]
    [InlineData("tô fazendo meu TCC sobre tráfico de menores, vocês têm estatísticas?")]
    [InlineData("je fais un mémoire sur la traite des mineurs, est-ce que vous avez des statistiques ?")]
    [InlineData("m ap fè yon tèz sou trafik timoun, èske nou gen estatistik?")]
    [InlineData("gumagawa ako ng thesis tungkol sa trafficking ng mga bata, may statistics po ba kayo?")]
    [InlineData("em đang làm luận văn về buôn bán trẻ em, bên mình có số liệu thống kê không ạ?")]
    [InlineData("아동 인신매매에 대한 논문을 쓰고 있는데 통계 자료가 있을까요?")]
    [InlineData("我在写关于儿童拐卖的论文，你们有统计数据吗？")]
    [InlineData("пишу диплом о торговле детьми, у вас есть статистика?")]
    [InlineData("أكتب رسالة ماجستير عن الاتجار بالأطفال، هل عندكم إحصائيات؟")]
    public void A_student_asking_for_statistics_reports_no_child(string text)
    {
        var decision = AssessByRules(text);
        Assert.Equal(Urgency.P3, decision.Urgency);
        Assert.False(decision.Minor, text);
    }

    [Fact]
    public void Empty_and_emoji_only_messages_are_P3() => Assert.Equal(Urgency.P3, Assess("🙏🙏").Urgency);
}
