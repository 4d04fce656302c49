using System.Data.Common;
using Npgsql;
using NpgsqlTypes;

namespace CobBot.Knowledge.Lexical;

/// <summary>
/// PostgreSQL: the sections whose <c>SearchVector</c> (a trigger-maintained <c>tsvector</c>, 'english' configuration,
/// weights A/B/C/D for title, heading, text and tags; GIN-indexed) matches the <c>websearch_to_tsquery</c> OR-query
/// of the terms. Their scores are computed in SQL on SQLite FTS5's bm25 scale (k1 1.2, b 0.75, the same column
/// weights 10/5/1/5 and 0/5/1/0, idf floored at 1e-6, document length the section's token count) from the lexemes'
/// weighted positions, so the ranker's thresholds mean the same on both providers; <c>ts_rank</c> is on another scale.
/// </summary>
internal sealed class PostgresKnowledgeLexicalSearch : IKnowledgeLexicalSearch
{
    private const string Sql = """
        WITH terms AS (
            SELECT t.ordinal, l.lexeme
            FROM unnest(@terms) WITH ORDINALITY AS t(term, ordinal)
            CROSS JOIN LATERAL unnest(to_tsvector('english', t.term)) AS l
        ),
        candidates AS (
            SELECT s."Id", s."ArticleId", s."Ordinal", s."Heading", s."Text", s."SearchVector", s."SearchLength"
            FROM "KnowledgeSections" s
            WHERE s."SearchVector" @@ websearch_to_tsquery('english', @match)
        ),
        hits AS (
            SELECT c."Id", t.ordinal,
                   sum(CASE w WHEN 'A' THEN 10.0 WHEN 'B' THEN 5.0 WHEN 'C' THEN 1.0 ELSE 5.0 END) AS frequency,
                   sum(CASE w WHEN 'B' THEN 5.0 WHEN 'C' THEN 1.0 ELSE 0.0 END) AS passage_frequency
            FROM candidates c
            CROSS JOIN LATERAL unnest(c."SearchVector") AS v
            JOIN terms t ON t.lexeme = v.lexeme
            CROSS JOIN LATERAL unnest(v.weights) AS w
            GROUP BY c."Id", t.ordinal
        ),
        corpus AS (
            SELECT count(*)::float8 AS sections, GREATEST(avg("SearchLength"), 1)::float8 AS average_length FROM "KnowledgeSections"
        ),
        idf AS (
            SELECT h.ordinal, GREATEST(ln((corpus.sections - count(*) + 0.5) / (count(*) + 0.5)), 1e-6) AS weight
            FROM hits h CROSS JOIN corpus
            GROUP BY h.ordinal, corpus.sections
        )
        SELECT c."ArticleId", c."Ordinal", a."Title", c."Heading", c."Text",
               sum(i.weight * h.frequency * 2.2 / (h.frequency + 1.2 * (0.25 + 0.75 * c."SearchLength" / corpus.average_length)))::float8 AS "Score",
               sum(i.weight * h.passage_frequency * 2.2 / (h.passage_frequency + 1.2 * (0.25 + 0.75 * c."SearchLength" / corpus.average_length)))::float8 AS "PassageScore",
               count(*)::int AS "MatchedTerms",
               (SELECT count(*) FROM idf)::int AS "KnownTerms"
        FROM candidates c
        JOIN hits h ON h."Id" = c."Id"
        JOIN idf i ON i.ordinal = h.ordinal
        JOIN "KnowledgeArticles" a ON a."Id" = c."ArticleId"
        CROSS JOIN corpus
        GROUP BY c."Id", c."ArticleId", c."Ordinal", a."Title", c."Heading", c."Text"
        ORDER BY "Score" DESC, c."Id"
        LIMIT @limit
        """;

    public static PostgresKnowledgeLexicalSearch Instance { get; } = new();

    public DbCommand CreateCommand(DbConnection connection, IReadOnlyList<string> terms, int limit)
    {
        var command = (NpgsqlCommand)connection.CreateCommand();
        command.CommandText = Sql;
        command.Parameters.Add(new NpgsqlParameter("terms", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = terms.ToArray() });
        // Terms are letters and digits only, so the websearch syntax sees nothing but words and "or".
        command.Parameters.Add(new NpgsqlParameter("match", string.Join(" or ", terms)));
        command.Parameters.Add(new NpgsqlParameter("limit", limit));
        return command;
    }
}
