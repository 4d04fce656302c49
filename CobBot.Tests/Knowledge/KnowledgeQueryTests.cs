using CobBot.Knowledge;

namespace CobBot.Tests.Knowledge;

public class KnowledgeQueryTests
{
    [Theory]
    [InlineData("How long do prior authorizations take?", "long prior authorizations")]
    [InlineData("What's your REFUND policy", "refund policy")]
    [InlineData("don't \"NEAR\" (AND) OR * - refund*", "near refund")]
    [InlineData("Café münchen 東京", "café münchen 東京")]
    [InlineData("refund refund Refund", "refund")]
    [InlineData("   ", "")]
    [InlineData(null, "")]
    public void Terms_are_lower_case_words_without_stop_words_or_duplicates(string? text, string expected)
    {
        Assert.Equal(expected, string.Join(' ', KnowledgeQuery.Terms(text)));
    }

    [Fact]
    public void Long_input_is_capped()
    {
        var terms = KnowledgeQuery.Terms(string.Join(' ', Enumerable.Range(0, 100).Select(i => $"word{i}")));

        Assert.Equal(KnowledgeQuery.MaxTerms, terms.Count);
    }

    [Fact]
    public void AnyOf_quotes_every_term()
    {
        Assert.Equal("\"near\" OR \"refund\"", KnowledgeQuery.AnyOf(KnowledgeQuery.Terms("NEAR refund")));
    }
}
