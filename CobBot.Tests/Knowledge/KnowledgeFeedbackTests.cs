using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace CobBot.Tests.Knowledge;

public class KnowledgeFeedbackTests
{
    [Fact]
    public async Task Feedback_is_stored_with_a_hashed_conversation_key_and_the_injected_time()
    {
        await using var kb = await SeededKnowledgeBase.CreateAsync();
        const string conversationKey = "msteams/conversations/a:1Xy-42";

        await kb.KnowledgeBase.RecordFeedbackAsync("refund-policy", helpful: true, conversationKey);
        kb.Time.Advance(TimeSpan.FromMinutes(5));
        await kb.KnowledgeBase.RecordFeedbackAsync("pricing", helpful: false, conversationKey);

        await using var db = kb.Database.CreateDbContext();
        var rows = await db.KnowledgeFeedback.OrderBy(f => f.Id).ToListAsync();
        var expectedHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(conversationKey)));
        Assert.Equal(
            [("refund-policy", true, kb.Time.Start), ("pricing", false, kb.Time.Start.AddMinutes(5))],
            rows.Select(r => (r.ArticleId, r.Helpful, r.CreatedAt)));
        Assert.All(rows, r => Assert.Equal(expectedHash, r.ConversationKeyHash));
        Assert.Equal(0, await kb.Database.ScalarAsync($"SELECT count(*) FROM KnowledgeFeedback WHERE ConversationKeyHash LIKE '%1Xy-42%'"));
    }
}
