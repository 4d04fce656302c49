using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace CobBot.Knowledge.Lexical;

/// <summary>
/// SQLite: one FTS5 OR-query over <c>KnowledgeSearch</c> ranks the sections by weighted bm25. Per term, sub-queries
/// count how many of the terms each section has and how many occur anywhere in the knowledge base.
/// </summary>
internal sealed class SqliteKnowledgeLexicalSearch : IKnowledgeLexicalSearch
{
    public static SqliteKnowledgeLexicalSearch Instance { get; } = new();

    public DbCommand CreateCommand(DbConnection connection, IReadOnlyList<string> terms, int limit)
    {
        var command = connection.CreateCommand();
        command.CommandText = BuildSql(terms.Count);
        command.Parameters.Add(new SqliteParameter("@match", KnowledgeQuery.AnyOf(terms)));
        command.Parameters.Add(new SqliteParameter("@limit", limit));
        for (var i = 0; i < terms.Count; i++)
        {
            command.Parameters.Add(new SqliteParameter($"@t{i}", KnowledgeQuery.Quote(terms[i])));
        }

        return command;
    }

    private static string BuildSql(int termCount)
    {
        var matched = string.Join(" + ", Enumerable.Range(0, termCount).Select(i =>
            $"(KnowledgeSearch.rowid IN (SELECT rowid FROM KnowledgeSearch WHERE KnowledgeSearch MATCH @t{i}))"));
        var known = string.Join(" + ", Enumerable.Range(0, termCount).Select(i =>
            $"EXISTS (SELECT 1 FROM KnowledgeSearch WHERE KnowledgeSearch MATCH @t{i})"));

        // bm25 column weights (Title, Heading, Text, Tags): 10, 5, 1, 5 to rank; 0, 5, 1, 0 for the passage.
        return $"""
            SELECT s.ArticleId, s.Ordinal, a.Title, s.Heading, s.Text,
                   -bm25(KnowledgeSearch, 10.0, 5.0, 1.0, 5.0) AS Score,
                   -bm25(KnowledgeSearch, 0.0, 5.0, 1.0, 0.0) AS PassageScore,
                   {matched} AS MatchedTerms,
                   {known} AS KnownTerms
            FROM KnowledgeSearch
            JOIN KnowledgeSections s ON s.Id = KnowledgeSearch.rowid
            JOIN KnowledgeArticles a ON a.Id = s.ArticleId
            WHERE KnowledgeSearch MATCH @match
            ORDER BY Score DESC
            LIMIT @limit
            """;
    }
}
