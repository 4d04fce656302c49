using System.Text;

namespace CobBot.Recognition.Offline;

/// <summary>Opens the offline recognizer's data files, which are embedded in the assembly (never read from disk).</summary>
internal static class RecognitionData
{
    /// <summary>The shipped labelled utterances.</summary>
    public const string Utterances = "utterances.tsv";

    /// <summary>The shipped sentiment lexicon.</summary>
    public const string SentimentLexicon = "sentiment-lexicon.tsv";

    /// <summary>Opens <paramref name="fileName"/> from <c>Recognition/Data</c>.</summary>
    public static TextReader Open(string fileName)
    {
        var name = "CobBot.Recognition.Data." + fileName;
        var stream = typeof(RecognitionData).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource '{name}' is missing.");
        return new StreamReader(stream, Encoding.UTF8);
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
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            yield return (lineNumber, line.Split('\t'));
        }
    }
}
