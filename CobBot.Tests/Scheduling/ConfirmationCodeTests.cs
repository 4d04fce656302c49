using CobBot.Recognition.Entities;
using CobBot.Scheduling;

namespace CobBot.Tests.Scheduling;

public class ConfirmationCodeTests
{
    [Fact]
    public void Every_new_code_is_read_back_as_itself_by_the_service_and_the_recognizer()
    {
        var extractor = new ConfirmationCodeExtractor();
        for (var i = 0; i < 200; i++)
        {
            var code = ConfirmationCode.New();

            Assert.Equal(ConfirmationCode.Length, code.Length);
            Assert.Equal(code, ConfirmationCode.Normalize(code.ToLowerInvariant().Replace("-", "")));
            Assert.Equal(code, Assert.Single(extractor.Matches($"my code is {code}, thanks")).Value);
        }
    }

    [Theory]
    [InlineData("COB-7K3M9Q", "COB-7K3M9Q")]
    [InlineData(" cob7k3m9q ", "COB-7K3M9Q")]
    [InlineData("COB-7K3M9I", null)]
    [InlineData("COB-7K3M9O", null)]
    [InlineData("COB-7K3M90", null)]
    [InlineData("COB-7K3M91", null)]
    [InlineData("COB-7K3M9", null)]
    [InlineData("COB-7K3M9QQ", null)]
    [InlineData("COB-7K3M9Q please", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Normalize_accepts_exactly_one_code_of_the_alphabet(string? candidate, string? expected)
    {
        Assert.Equal(expected, ConfirmationCode.Normalize(candidate));
        Assert.Equal(expected, new ConfirmationCodeExtractor().Normalize(candidate));
    }

    [Fact]
    public void Find_gives_each_code_its_span_in_the_text()
    {
        const string text = "Move cob-7k3m9q or COB2345AB, not COB-1234";

        var found = ConfirmationCode.Find(text).ToList();

        Assert.Equal([(5, 10, "COB-7K3M9Q"), (19, 9, "COB-2345AB")], found);
    }
}
