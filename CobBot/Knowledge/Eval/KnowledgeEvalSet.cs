namespace CobBot.Knowledge.Eval;

/// <summary>Reads the knowledge eval set shipped in the assembly (<c>Knowledge/Resources/knowledge-eval.tsv</c>).</summary>
public static class KnowledgeEvalSet
{
    private const string ResourceName = "CobBot.Knowledge.Resources.knowledge-eval.tsv";
    private const string PromptsResourceName = "CobBot.Knowledge.Resources.knowledge-eval-prompts.tsv";

    /// <summary>All rows, in file order.</summary>
    public static IReadOnlyList<KnowledgeEvalCase> Load() => Parse(Read(ResourceName));

    /// <summary>How to reach each waiting prompt the rows name (<c>knowledge-eval-prompts.tsv</c>), by prompt.</summary>
    public static IReadOnlyDictionary<string, KnowledgeEvalPromptSetup> LoadPromptSetups() =>
        Rows(Read(PromptsResourceName)).Select(line => line.Split('\t')).ToDictionary(
            c => c[0],
            c => new KnowledgeEvalPromptSetup([.. c[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)], c[2]),
            StringComparer.Ordinal);

    /// <summary>Parses the TSV: <c>#</c> comment lines, a header, then question, previous_turn, waiting_prompt, route, article, section, split.</summary>
    /// <exception cref="FormatException">A row does not have seven columns or names an unknown split.</exception>
    public static IReadOnlyList<KnowledgeEvalCase> Parse(string text)
    {
        return [.. Rows(text).Select((line, i) =>
        {
            var c = line.Split('\t');
            if (c.Length != 7 || c[6] is not ("train" or "heldout"))
            {
                throw new FormatException($"knowledge-eval.tsv data row {i + 1}: expected 7 tab-separated columns ending in train|heldout.");
            }

            IReadOnlyList<string>? articles = c[4] switch
            {
                "-" => null,
                "none" => [],
                var ids => ids.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            };
            return new KnowledgeEvalCase(c[0], c[1], c[2], c[3], articles, c[5], c[6] == "heldout");
        })];
    }

    /// <summary>The data lines of a TSV: without <c>#</c> comments, blank lines and the header.</summary>
    private static IEnumerable<string> Rows(string text) =>
        text.ReplaceLineEndings("\n").Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#')).Skip(1);

    private static string Read(string resourceName)
    {
        using var stream = typeof(KnowledgeEvalSet).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The resource {resourceName} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
