using TipLine.Core.Text;

namespace TipLine.UnitTests.Text;

public class SmsSegmentsTests
{
    [Theory]
    [InlineData(160, 'a', 1)]
    [InlineData(161, 'a', 2)]
    [InlineData(306, 'a', 2)]
    [InlineData(307, 'a', 3)]
    [InlineData(70, 'ó', 1)]   // not in GSM-7: the whole text is UCS-2
    [InlineData(71, 'ó', 2)]
    [InlineData(134, 'ó', 2)]
    [InlineData(135, 'ó', 3)]
    public void Counts_segments_as_carriers_do(int length, char c, int segments) =>
        Assert.Equal(segments, SmsSegments.Count(new string(c, length)));

    [Fact]
    public void Extended_GSM_characters_count_twice() => Assert.Equal(2, SmsSegments.Count(new string('€', 81)));

    [Fact]
    public void Emoji_make_a_text_UCS2() => Assert.False(SmsSegments.IsGsm7("thanks 🙏"));

    [Theory]
    [InlineData("¡No sé!", "no se")]
    [InlineData("  SKIP. ", "skip")]
    [InlineData("don’t know", "don't know")]
    public void Commands_fold_case_accents_and_punctuation(string typed, string folded) =>
        Assert.Equal(folded, TextNormalizer.FoldCommand(typed));

    [Theory]
    [InlineData("经理说今晚要把她“送给”一个老板", "经理说今晚要把她送给一个老板")]
    [InlineData("经理说今晚要把她\"送给\"一个老板", "经理说今晚要把她送给一个老板")]
    [InlineData("월급을 \"통장\"에 넣어두고", "월급을 통장에 넣어두고")]
    [InlineData("he's getting \"shipped out\" tonight", "he's getting shipped out tonight")]
    [InlineData("don't take l'argent", "don't take l'argent")]
    public void Folding_drops_quotes_around_words_and_keeps_apostrophes_inside_them(string typed, string folded) =>
        Assert.Equal(folded, TextNormalizer.Fold(typed));

    [Fact]
    public void Folding_keeps_Korean_syllables_whole() => Assert.Equal("도와주세요", TextNormalizer.Fold("도와주세요"));

    [Theory]
    [InlineData("help me", 2)]
    [InlineData("美甲店后面住着几个女孩", 6)]
    [InlineData("我在 nail salon 做工", 4)]
    [InlineData("cảm ơn", 2)]
    public void Words_are_counted_as_a_reader_would_Chinese_included(string text, int words) =>
        Assert.Equal(words, TextNormalizer.CountWords(text));
}
