namespace CobBot.Tests.Recognition.Entities;

public class PersonNameExtractionTests
{
    [Theory]
    [InlineData("my name is Jane Doe", "Jane Doe")]
    [InlineData("My name is john smith and my email is j@x.com", "John Smith")]
    [InlineData("Hi, I'm Maria Lopez.", "Maria Lopez")]
    [InlineData("I'm Sarah from Sunrise Physical Therapy", "Sarah")]
    [InlineData("I am Tom O'Neil", "Tom O'Neil")]
    [InlineData("this is Dr. Patel calling about a denial", "Dr. Patel")]
    [InlineData("name: ana garcia-ruiz", "Ana Garcia-Ruiz")]
    [InlineData("you can call me Chris", "Chris")]
    public void Reads_introduced_names(string text, string expected)
    {
        Assert.Equal(expected, ExtractorFixture.Extract(text).PersonName);
    }

    [Theory]
    [InlineData("I'm looking for a demo")]
    [InlineData("I'm Looking for pricing")]
    [InlineData("I am interested in benefits verification")]
    [InlineData("this is ridiculous")]
    [InlineData("This is Urgent")]
    [InlineData("I'm not sure")]
    [InlineData("this is Tuesday right?")]
    [InlineData("my name is jane@example.com")]
    public void Does_not_mistake_other_words_for_names(string text)
    {
        Assert.Null(ExtractorFixture.Extract(text).PersonName);
    }
}
