using CobBot.Recognition.Offline;

namespace CobBot.Tests.Recognition.Offline;

public sealed class LexiconSentimentScorerTests
{
    private readonly LexiconSentimentScorer _scorer = new();

    [Theory]
    [InlineData("This is ridiculous. I've been waiting two weeks and your team still hasn't fixed our billing problem!")]
    [InlineData("your bot is useless and the support is terrible")]
    [InlineData("I AM SO FRUSTRATED WITH THIS")]
    [InlineData("worst service ever, we were overcharged twice")]
    public void Angry_complaints_score_below_minus_0_4(string text) => Assert.True(_scorer.Score(text) < -0.4, $"{_scorer.Score(text):F2}");

    [Theory]
    [InlineData("Thank you so much, the demo was great and your team is amazing!")]
    [InlineData("excellent service, really helpful staff")]
    [InlineData("we love the platform, it's been a lifesaver for our billing office")]
    public void Praise_scores_above_0_4(string text) => Assert.True(_scorer.Score(text) > 0.4, $"{_scorer.Score(text):F2}");

    [Theory]
    [InlineData("What are your support hours on Friday?")]
    [InlineData("do you integrate with epic")]
    [InlineData("can I book a benefits analysis next tuesday at 3")]
    [InlineData("how do you handle claim denials")]
    [InlineData("")]
    public void Neutral_questions_score_about_zero(string text) => Assert.InRange(_scorer.Score(text), -0.1, 0.1);

    [Fact]
    public void Negation_flips_the_sign()
    {
        Assert.True(_scorer.Score("I am happy with the service") > 0);
        Assert.True(_scorer.Score("I am not happy with the service") < 0);
        Assert.True(_scorer.Score("the new portal isn't helpful") < 0);
        Assert.True(_scorer.Score("no problem at all") > 0);
    }

    [Fact]
    public void Negation_does_not_cross_punctuation_or_flip_emoticons()
    {
        Assert.True(_scorer.Score("no, that's wrong") < 0);
        Assert.True(_scorer.Score("nothing works :(") < 0);
    }

    [Fact]
    public void Intensifiers_strengthen_and_diminishers_weaken()
    {
        var plain = _scorer.Score("the demo was good");
        Assert.True(_scorer.Score("the demo was very good") > plain);
        Assert.True(_scorer.Score("the demo was slightly good") < plain);
    }

    [Fact]
    public void Exclamation_marks_and_capitals_amplify()
    {
        var plain = _scorer.Score("this is terrible");
        Assert.True(_scorer.Score("this is terrible!!") < plain);
        Assert.True(_scorer.Score("this is TERRIBLE") < plain);
    }

    [Fact]
    public void Words_after_but_outweigh_words_before()
    {
        Assert.True(_scorer.Score("the demo was good but the support was slow") < 0);
        Assert.True(_scorer.Score("the setup was slow but the team was great") > 0);
    }

    [Fact]
    public void Scores_stay_within_minus_one_and_one()
    {
        var furious = string.Join(' ', Enumerable.Repeat("TERRIBLE AWFUL HORRIBLE!!!", 50));
        var delighted = string.Join(' ', Enumerable.Repeat("AMAZING EXCELLENT PERFECT!!!", 50));
        Assert.InRange(_scorer.Score(furious), -1, -0.99);
        Assert.InRange(_scorer.Score(delighted), 0.99, 1);
    }
}
