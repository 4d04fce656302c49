using System.Text;

namespace CobBot.Recognition;

/// <summary>Opens the recognizers' data files, which are embedded from <c>Recognition/Resources/</c> (never read from disk).</summary>
internal static class RecognitionData
{
    /// <summary>The shipped labelled utterances.</summary>
    public const string Utterances = "utterances.tsv";

    /// <summary>The shipped sentiment lexicon.</summary>
    public const string SentimentLexicon = "sentiment-lexicon.tsv";

    /// <summary>Opens the embedded file named <paramref name="fileName"/> as a stream.</summary>
    public static Stream OpenStream(string fileName)
    {
        var name = "CobBot.Recognition.Resources." + fileName;
        return typeof(RecognitionData).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource '{name}' is missing.");
    }

    /// <summary>The whole embedded text file named <paramref name="fileName"/>, or null when none is embedded.</summary>
    public static string? TryReadAllText(string fileName)
    {
        using var stream = typeof(RecognitionData).Assembly.GetManifestResourceStream("CobBot.Recognition.Resources." + fileName);
        if (stream is null) return null;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>Opens the embedded text file named <paramref name="fileName"/>.</summary>
    public static TextReader Open(string fileName) => new StreamReader(OpenStream(fileName), Encoding.UTF8);

    /// <summary>The non-empty, non-comment (<c>#</c>) lines of the embedded text file, trimmed.</summary>
    public static IReadOnlyList<string> ReadLines(string fileName)
    {
        using var reader = Open(fileName);
        return reader.ReadToEnd()
            .Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(line => !line.StartsWith('#'))
            .ToList();
    }

    /// <summary>
    /// The data lines of a tab-separated file, split into fields; blank lines and <c>#</c> comments are skipped.
    /// </summary>
    public static IEnumerable<(int LineNumber, string[] Fields)> ReadTsv(TextReader reader)
    {
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#') continue;
            yield return (lineNumber, line.Split('\t'));
        }
    }
}
