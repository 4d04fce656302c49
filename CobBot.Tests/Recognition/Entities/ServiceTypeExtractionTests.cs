namespace CobBot.Tests.Recognition.Entities;

public class ServiceTypeExtractionTests
{
    [Theory]
    [InlineData("I'd like a product demo", "Product Demo")]
    [InlineData("can I get a demo of the platform?", "Product Demo")]
    [InlineData("a quick walkthrough", "Product Demo")]
    [InlineData("book a Technical Consultation", "Technical Consultation")]
    [InlineData("I need a consultation about our EHR", "Technical Consultation")]
    [InlineData("can we do a consultaton", "Technical Consultation")]
    [InlineData("Benefits Analysis", "Benefits Analysis")]
    [InlineData("schedule a benefits review", "Benefits Analysis")]
    [InlineData("benifits analysis next week", "Benefits Analysis")]
    [InlineData("benefit analyis", "Benefits Analysis")]
    [InlineData("set up a support call", "Support Session")]
    [InlineData("SUPPORT SESSION tomorrow", "Support Session")]
    [InlineData("support sesion", "Support Session")]
    public void Matches_names_synonyms_and_typos(string text, string expected)
    {
        Assert.Equal(expected, ExtractorFixture.Extract(text).ServiceType);
    }

    [Theory]
    [InlineData("I need a memo")]
    [InlineData("I want to cancel my appointment")]
    [InlineData("what are your support hours?")]
    [InlineData("how do benefits work")]
    public void Finds_no_service_type(string text)
    {
        Assert.Null(ExtractorFixture.Extract(text).ServiceType);
    }
}
