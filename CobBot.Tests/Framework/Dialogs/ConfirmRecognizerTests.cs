using CobBot.Framework.Dialogs.Choices;

namespace CobBot.Tests.Framework.Dialogs;

public sealed class ConfirmRecognizerTests
{
    [Theory]
    [InlineData("yes", true)]
    [InlineData("Yes", true)]
    [InlineData("y", true)]
    [InlineData("yeah", true)]
    [InlineData("yep", true)]
    [InlineData("yup!", true)]
    [InlineData("sure", true)]
    [InlineData("ok", true)]
    [InlineData("OK.", true)]
    [InlineData("okay", true)]
    [InlineData("correct", true)]
    [InlineData("confirm", true)]
    [InlineData("that's right", true)]
    [InlineData("That’s right", true)]
    [InlineData("yes, that's right", true)]
    [InlineData("yes please", true)]
    [InlineData("of course", true)]
    [InlineData("sounds good", true)]
    [InlineData("absolutely", true)]
    [InlineData("true", true)]
    [InlineData("no", false)]
    [InlineData("n", false)]
    [InlineData("nope", false)]
    [InlineData("nah", false)]
    [InlineData("cancel", false)]
    [InlineData("no, that's not right", false)]
    [InlineData("No, that’s not right.", false)]
    [InlineData("NO THAT IS NOT RIGHT", false)]
    [InlineData("that's not right", false)]
    [InlineData("that is not correct", false)]
    [InlineData("not right", false)]
    [InlineData("that isn't right", false)]
    [InlineData("incorrect", false)]
    [InlineData("wrong", false)]
    [InlineData("no thanks", false)]
    [InlineData("false", false)]
    [InlineData("not sure", null)]
    [InlineData("I don't know", null)]
    [InlineData("maybe", null)]
    [InlineData("blue", null)]
    [InlineData("", null)]
    [InlineData("   ", null)]
    public void Recognizes_yes_and_no(string utterance, bool? expected) =>
        Assert.Equal(expected, ConfirmRecognizer.Recognize(utterance));

    [Theory]
    [InlineData("no, that's not right")]
    [InlineData("no that's not right")]
    [InlineData("No, that's not right!")]
    [InlineData("no — that’s not right")]
    public void No_thats_not_right_is_never_yes(string utterance) =>
        Assert.False(ConfirmRecognizer.Recognize(utterance));
}
