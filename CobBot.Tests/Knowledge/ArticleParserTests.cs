using CobBot.Knowledge;

namespace CobBot.Tests.Knowledge;

public class ArticleParserTests
{
    private const string Article = """
        ---
        id: refund-policy
        title: Refund Policy
        category: Policies
        tags: refund, money back ,  guarantee
        ---
        Full refund within 30 days.

        ## After 30 days
        Partial refunds may apply.

        ## Empty section
        """;

    [Fact]
    public void Front_matter_and_sections_are_read()
    {
        var document = ArticleParser.Parse(Article, "refund-policy.md");

        Assert.Equal("refund-policy", document.Id);
        Assert.Equal("Refund Policy", document.Title);
        Assert.Equal("Policies", document.Category);
        Assert.Equal(["refund", "money back", "guarantee"], document.Tags);
        Assert.Equal(
            [new ArticleSection("", "Full refund within 30 days."), new ArticleSection("After 30 days", "Partial refunds may apply.")],
            document.Sections);
        Assert.StartsWith("Full refund", document.Body);
    }

    [Fact]
    public void Line_endings_do_not_change_the_content_hash()
    {
        var unix = ArticleParser.Parse(Article, "a.md");
        var windows = ArticleParser.Parse(Article.ReplaceLineEndings("\r\n"), "a.md");

        Assert.Equal(unix.ContentHash, windows.ContentHash);
        Assert.NotEqual(unix.ContentHash, ArticleParser.Parse(Article.Replace("30 days.", "31 days."), "a.md").ContentHash);
    }

    [Theory]
    [InlineData("Just text, no front matter.")]
    [InlineData("---\nid: a\ntitle: A\ncategory: C\n")]
    [InlineData("---\nid: a\ncategory: C\n---\nBody")]
    [InlineData("---\nid: Not Valid\ntitle: A\ncategory: C\n---\nBody")]
    public void Malformed_files_are_rejected_with_the_file_name(string text)
    {
        var error = Assert.Throws<FormatException>(() => ArticleParser.Parse(text, "broken.md"));

        Assert.StartsWith("broken.md:", error.Message);
    }
}
