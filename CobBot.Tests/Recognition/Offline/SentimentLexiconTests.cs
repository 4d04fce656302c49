using CobBot.Recognition.Offline;

namespace CobBot.Tests.Recognition.Offline;

public sealed class SentimentLexiconTests
{
    [Fact]
    public void Shipped_lexicon_has_words_of_both_signs_and_modifiers()
    {
        var lexicon = SentimentLexicon.LoadEmbedded();
        Assert.True(lexicon.Valences.Count(v => v.Value > 0) >= 50);
        Assert.True(lexicon.Valences.Count(v => v.Value < 0) >= 50);
        Assert.All(lexicon.Valences.Values, v => Assert.InRange(v, -4, 4));
        Assert.Contains("not", lexicon.Negators.Keys);
        Assert.Contains("very", lexicon.Boosters.Keys);
        Assert.Contains("but", lexicon.Contrasts.Keys);
    }

    [Theory]
    [InlineData("word\tgood")]
    [InlineData("word\tgood\tgreat")]
    [InlineData("emoji\tgood\t1")]
    [InlineData("word\tgood\t1\nword\tGood\t2")]
    public void Rejects_malformed_lines(string text) =>
        Assert.Throws<FormatException>(() => SentimentLexicon.Parse(new StringReader(text)));
}
