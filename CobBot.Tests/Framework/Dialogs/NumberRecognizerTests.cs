using System.Globalization;
using CobBot.Framework.Dialogs.Choices;

namespace CobBot.Tests.Framework.Dialogs;

public sealed class NumberRecognizerTests
{
    [Theory]
    [InlineData("42", "42")]
    [InlineData("1,200", "1200")]
    [InlineData("1,234,567.89", "1234567.89")]
    [InlineData("3.5", "3.5")]
    [InlineData("-4", "-4")]
    [InlineData("I need 2 tickets", "2")]
    [InlineData("$1,200.50 please", "1200.50")]
    [InlineData("three", "3")]
    [InlineData("Twenty-one", "21")]
    [InlineData("ninety nine", "99")]
    [InlineData("a hundred", "100")]
    [InlineData("one hundred and five", "105")]
    [InlineData("two thousand three hundred", "2300")]
    [InlineData("zero", "0")]
    [InlineData("about five of them", "5")]
    public void Recognizes_digits_and_number_words(string utterance, string expected) =>
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), NumberRecognizer.RecognizeNumber(utterance, CultureInfo.GetCultureInfo("en-US")));

    [Theory]
    [InlineData("none")]
    [InlineData("a lot")]
    [InlineData("abc123")]
    [InlineData("")]
    public void Recognizes_nothing_without_a_number(string utterance) =>
        Assert.Null(NumberRecognizer.RecognizeNumber(utterance));

    [Theory]
    [InlineData("1.200,5", "de-DE", "1200.5")]
    [InlineData("3,5", "de-DE", "3.5")]
    [InlineData("1,200", "en-US", "1200")]
    public void Reads_digits_with_the_culture_separators(string utterance, string culture, string expected) =>
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), NumberRecognizer.RecognizeNumber(utterance, CultureInfo.GetCultureInfo(culture)));

    [Theory]
    [InlineData("first", 1)]
    [InlineData("the second one", 2)]
    [InlineData("tenth", 10)]
    [InlineData("3rd", 3)]
    [InlineData("21st", 21)]
    [InlineData("three", null)]
    public void Recognizes_ordinals(string utterance, int? expected) =>
        Assert.Equal(expected, NumberRecognizer.RecognizeOrdinal(utterance));
}
