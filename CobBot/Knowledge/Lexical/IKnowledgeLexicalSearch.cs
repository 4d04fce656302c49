using System.Data.Common;

namespace CobBot.Knowledge.Lexical;

/// <summary>
/// The provider's full-text query over the knowledge sections. Each command ranks the sections matching any of the
/// terms and returns, in this order, the columns of <see cref="KnowledgeSearchRow"/>: article id, ordinal, title,
/// heading, text, Score and PassageScore (BM25 scale, higher is better), MatchedTerms and KnownTerms.
/// User text only ever travels in parameters.
/// </summary>
internal interface IKnowledgeLexicalSearch
{
    /// <summary>The query for <paramref name="terms"/> (words from <see cref="KnowledgeQuery.Terms"/>), at most <paramref name="limit"/> rows, best first.</summary>
    DbCommand CreateCommand(DbConnection connection, IReadOnlyList<string> terms, int limit);
}
