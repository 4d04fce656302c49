using CobBot.Knowledge;

namespace CobBot.Tests.Knowledge;

/// <summary>Search over the shipped articles, as customers would phrase their questions.</summary>
public class KnowledgeSearchTests
{
    [Theory]
    [InlineData("how long do prior authorizations take", "authorization-turnaround")]
    [InlineData("do you verify insurance eligibility", "benefits-verification")]
    [InlineData("are you hipaa compliant", "hipaa-compliance")]
    [InlineData("what are your support hours", "support-hours")]
    [InlineData("how much does it cost", "pricing")]
    [InlineData("can you help with denied claims", "denials-and-appeals")]
    [InlineData("refund policy", "refund-policy")]
    [InlineData("do you integrate with my EHR", "ehr-integration")]
    [InlineData("what is your phone number", "contact-us")]
    [InlineData("when is your sales team available", "sales-hours")]
    [InlineData("how do I cancel my subscription", "cancellation-policy")]
    [InlineData("I need to cancel my appointment", "cancel-appointment")]
    [InlineData("what is your uptime guarantee", "service-level-agreement")]
    [InlineData("do you do coding audits", "medical-auditing")]
    [InlineData("what types of appointments can I book", "appointment-types")]
    [InlineData("how do I send a photo of an insurance card", "insurance-card-upload")]
    [InlineData("when was the company founded", "about-cob-company")]
    [InlineData("do you share my data with third parties", "privacy-policy")]
    [InlineData("do you have an API", "api-integration")]
    [InlineData("I want to talk to a real person", "talk-to-a-person")]
    [InlineData("the system is down and nobody can log in", "emergency-line")]
    [InlineData("how far in advance do I need to book", "appointment-hours")]
    [InlineData("I have a question about my invoice", "billing-disputes")]
    [InlineData("Hi, I'm the office manager at a small clinic and I wonder whether you could help us with our backlog of denied claims", "denials-and-appeals")]
    public async Task Realistic_questions_find_the_right_article_first(string question, string expectedArticleId)
    {
        await using var kb = await SeededKnowledgeBase.CreateAsync();

        var hits = await kb.KnowledgeBase.SearchAsync(question, 3);

        Assert.NotEmpty(hits);
        Assert.Equal(expectedArticleId, hits[0].ArticleId);
    }

    [Theory]
    [InlineData("what's the weather in Paris")]
    [InlineData("what time is it in Tokyo")]
    [InlineData("who won the football game last night")]
    [InlineData("best pizza near me")]
    [InlineData("what is the meaning of life")]
    [InlineData("my car makes a strange noise when braking")]
    [InlineData("what's a good stock to buy")]
    [InlineData("good morning")]
    public async Task Unrelated_questions_return_nothing(string question)
    {
        await using var kb = await SeededKnowledgeBase.CreateAsync();

        Assert.Empty(await kb.KnowledgeBase.SearchAsync(question, 3));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\"")]
    [InlineData("refund\"")]
    [InlineData("(hipaa")]
    [InlineData("hipaa)) OR (")]
    [InlineData("*")]
    [InlineData("refund*")]
    [InlineData("-refund")]
    [InlineData("NEAR(refund policy, 2)")]
    [InlineData("refund AND NOT OR")]
    [InlineData("title:refund")]
    [InlineData("^refund {Title}: +policy")]
    [InlineData("'; DROP TABLE KnowledgeArticles; --")]
    [InlineData("réfund pólicy 😀 東京 \u0000 \uFFFF")]
    public async Task Hostile_or_odd_input_never_throws(string query)
    {
        await using var kb = await SeededKnowledgeBase.CreateAsync();

        var hits = await kb.KnowledgeBase.SearchAsync(query, 3);

        Assert.True(hits.Count <= 3);
        Assert.InRange(await kb.Database.ScalarAsync("SELECT count(*) FROM KnowledgeArticles"), 25, 40);
    }

    [Fact]
    public async Task Accented_and_operator_words_still_search()
    {
        await using var kb = await SeededKnowledgeBase.CreateAsync();

        Assert.Equal("refund-policy", (await kb.KnowledgeBase.SearchAsync("réfund pólicy", 1))[0].ArticleId);
        Assert.Equal("refund-policy", (await kb.KnowledgeBase.SearchAsync("NEAR(refund policy)", 1))[0].ArticleId);
    }

    [Fact]
    public async Task The_passage_is_the_matching_section_not_the_whole_article()
    {
        await using var kb = await SeededKnowledgeBase.CreateAsync();

        var hit = (await kb.KnowledgeBase.SearchAsync("are you open on saturday", 1))[0];

        Assert.Equal(("support-hours", "Late-night hours explained"), (hit.ArticleId, hit.Heading));
        Assert.Contains("Saturday", hit.Text);
        Assert.DoesNotContain("##", hit.Text);
        Assert.DoesNotContain("request a callback", hit.Text);
    }

    [Fact]
    public async Task The_introduction_answers_when_no_section_matches_better()
    {
        await using var kb = await SeededKnowledgeBase.CreateAsync();

        var hit = (await kb.KnowledgeBase.SearchAsync("what are your support hours", 1))[0];

        Assert.Equal("", hit.Heading);
        Assert.Contains("4:00 PM to 1:00 AM", hit.Text);
    }

    [Fact]
    public async Task Results_are_distinct_articles_best_first_and_capped_at_top()
    {
        await using var kb = await SeededKnowledgeBase.CreateAsync();

        var hits = await kb.KnowledgeBase.SearchAsync("cancel appointment subscription refund", 3);

        Assert.Equal(3, hits.Count);
        Assert.Equal(3, hits.Select(h => h.ArticleId).Distinct().Count());
        Assert.Equal(hits.OrderByDescending(h => h.Score), hits);
    }
}
