using System.Text.RegularExpressions;
using CobBot.Knowledge;

namespace CobBot.Tests.Knowledge;

/// <summary>Guards on the embedded article files: complete, consistent, and no facts beyond the domain sheet.</summary>
public class ShippedArticlesTests
{
    [Fact]
    public async Task Every_shipped_article_is_complete_and_has_a_unique_id()
    {
        var articles = await new EmbeddedArticleSource().LoadAsync();

        Assert.InRange(articles.Count, 25, 40);
        Assert.Equal(articles.Count, articles.Select(a => a.Id).Distinct().Count());
        Assert.All(articles, a =>
        {
            Assert.NotEmpty(a.Title);
            Assert.NotEmpty(a.Category);
            Assert.NotEmpty(a.Tags);
            Assert.NotEmpty(a.Sections);
        });
    }

    [Fact]
    public async Task Articles_publish_no_prices_and_only_the_real_contact_details()
    {
        var bodies = (await new EmbeddedArticleSource().LoadAsync()).Select(a => a.Body).ToList();

        Assert.DoesNotContain(bodies, b => b.Contains('$'));
        Assert.All(bodies.SelectMany(b => Regex.Matches(b, @"\(\d{3}\) \d{3}-\d{4}")), m => Assert.Equal("(929) 229-7209", m.Value));
        Assert.All(bodies.SelectMany(b => Regex.Matches(b, @"[\w.]+@[\w.]+\w")), m => Assert.Equal("support@cobcompany.com", m.Value));
    }
}
