using CobBot.Framework.Dialogs.Choices;
using CobBot.Framework.Schema;

namespace CobBot.Tests.Framework.Dialogs;

public sealed class ChoiceRecognizerTests
{
    private static readonly List<Choice> Colors =
    [
        new("Red") { Synonyms = ["crimson", "scarlet"] },
        new("Green"),
        new("Light blue") { Action = new CardAction(ActionTypes.ImBack, "Sky", "Light blue") },
    ];

    [Theory]
    [InlineData("Red", 0, "Red")]
    [InlineData("red", 0, "Red")]
    [InlineData("RED.", 0, "Red")]
    [InlineData("light BLUE", 2, "Light blue")]
    [InlineData("crimson", 0, "crimson")]
    [InlineData("sky", 2, "Sky")]
    [InlineData("1", 0, "1")]
    [InlineData("#2", 1, "2")]
    [InlineData("3", 2, "3")]
    [InlineData("two", 1, "two")]
    [InlineData("the first one", 0, "first")]
    [InlineData("second", 1, "second")]
    [InlineData("3rd", 2, "3rd")]
    [InlineData("number 2", 1, "2")]
    [InlineData("option three", 2, "three")]
    [InlineData("the last one", 2, "last")]
    [InlineData("I'd like green please", 1, "Green")]
    [InlineData("blue", 2, "Light blue")]
    [InlineData("scarlet would be nice", 0, "scarlet")]
    public void Recognizes_titles_positions_and_synonyms(string utterance, int index, string synonym)
    {
        var found = ChoiceRecognizer.Recognize(utterance, Colors);

        Assert.NotNull(found);
        Assert.Equal(index, found.Index);
        Assert.Equal(Colors[index].Value, found.Value);
        Assert.Equal(synonym, found.Synonym);
    }

    [Theory]
    [InlineData("4")]
    [InlineData("0")]
    [InlineData("seventh")]
    [InlineData("purple")]
    [InlineData("the")]
    [InlineData("")]
    public void Recognizes_nothing_for_other_replies(string utterance) =>
        Assert.Null(ChoiceRecognizer.Recognize(utterance, Colors));

    [Fact]
    public void An_exact_title_beats_a_position()
    {
        List<Choice> numbered = [new("10"), new("2"), new("30")];

        Assert.Equal(1, ChoiceRecognizer.Recognize("2", numbered)?.Index);
        Assert.Equal(0, ChoiceRecognizer.Recognize("first", numbered)?.Index);
    }

    [Fact]
    public void A_reply_that_matches_two_choices_equally_is_ambiguous()
    {
        List<Choice> billing = [new("Billing question"), new("Billing dispute"), new("Benefits")];

        Assert.Null(ChoiceRecognizer.Recognize("billing", billing));
        Assert.Equal(1, ChoiceRecognizer.Recognize("a billing dispute", billing)?.Index);
    }

    [Fact]
    public void The_most_complete_match_wins()
    {
        List<Choice> blues = [new("Blue"), new("Light blue")];

        Assert.Equal(1, ChoiceRecognizer.Recognize("light blue please", blues)?.Index);
        Assert.Equal(0, ChoiceRecognizer.Recognize("blue please", blues)?.Index);
    }
}
