using CobBot.Knowledge;

namespace CobBot.Tests.Knowledge;

/// <summary>Which text a follow-up is searched with: a search that "finds" only the texts it is told to.</summary>
public sealed class KnowledgeFollowUpTests
{
    private const string Previous = "what are your support hours";

    private static readonly KnowledgeVocabulary Vocabulary = new(["support hours weekends sales team emergency line system down undercoding overcoding errors"]);

    private static async Task<(string Text, List<string> Searched)> ResolveAsync(string question, params string[] finds)
    {
        var searched = new List<string>();
        var (text, _) = await KnowledgeFollowUp.SearchAsync(question, Previous, Vocabulary, t =>
        {
            searched.Add(t);
            return Task.FromResult(finds.Contains(t));
        }, found => found);
        return (text, searched);
    }

    [Theory]
    [InlineData("what about weekends?")]
    [InlineData("and the sales team?")]
    public async Task A_terse_question_that_points_back_is_searched_with_the_previous_one_first(string question)
    {
        var combined = $"{Previous} {question}";

        var (text, searched) = await ResolveAsync(question, combined, question);

        Assert.Equal(combined, text);
        Assert.Equal([combined], searched);
    }

    [Theory]
    [InlineData("our system is down, is there an emergency line")]
    [InlineData("what about undercoding and overcoding errors")]
    public async Task A_question_that_says_enough_by_itself_is_answered_alone_though_it_points_back(string question)
    {
        var (text, searched) = await ResolveAsync(question, question, $"{Previous} {question}");

        Assert.Equal(question, text);
        Assert.Equal([question], searched);
    }

    [Fact]
    public async Task A_question_that_points_back_and_finds_nothing_alone_is_completed_by_the_previous_one()
    {
        const string question = "is that the same on weekends for the sales team";
        var combined = $"{Previous} {question}";

        var (text, searched) = await ResolveAsync(question, combined);

        Assert.Equal(combined, text);
        Assert.Equal([question, combined], searched);
    }

    [Fact]
    public async Task A_long_question_that_neither_points_back_nor_is_terse_is_never_combined()
    {
        const string question = "tell me a joke about zebras and elephants";

        var (text, searched) = await ResolveAsync(question, $"{Previous} {question}");

        Assert.Equal(question, text);
        Assert.Equal([question], searched);
    }
}
