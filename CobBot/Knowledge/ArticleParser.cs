using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace CobBot.Knowledge;

/// <summary>
/// Parses an article file: a front matter block (<c>---</c>, then <c>id:</c>, <c>title:</c>, <c>category:</c>,
/// <c>tags:</c> lines, then <c>---</c>) followed by a Markdown body whose <c>##</c> headings start sections.
/// </summary>
public static partial class ArticleParser
{
    /// <summary>Parses <paramref name="text"/>; <paramref name="sourceName"/> only names the file in errors.</summary>
    /// <exception cref="FormatException">The front matter is missing, incomplete or has a malformed id.</exception>
    public static ArticleDocument Parse(string text, string sourceName)
    {
        var normalised = text.ReplaceLineEndings("\n").Trim();
        var lines = normalised.Split('\n');
        var end = Array.IndexOf(lines, "---", 1);
        if (lines[0] != "---" || end < 0)
        {
            throw new FormatException($"{sourceName}: the article must start with a '---' front matter block.");
        }

        var fields = lines[1..end]
            .Where(line => line.Contains(':', StringComparison.Ordinal))
            .ToDictionary(line => line[..line.IndexOf(':')].Trim().ToLowerInvariant(), line => line[(line.IndexOf(':') + 1)..].Trim());
        var id = Required(fields, "id", sourceName);
        if (!IdPattern().IsMatch(id))
        {
            throw new FormatException($"{sourceName}: id '{id}' must use lower-case letters, digits and dashes.");
        }

        var tags = fields.GetValueOrDefault("tags", "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var body = string.Join('\n', lines[(end + 1)..]).Trim();
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalised)));
        return new ArticleDocument(id, Required(fields, "title", sourceName), Required(fields, "category", sourceName), tags, body, Split(body), hash);
    }

    private static List<ArticleSection> Split(string body)
    {
        var sections = new List<ArticleSection>();
        var heading = "";
        var text = new StringBuilder();
        foreach (var line in body.Split('\n'))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                Add(sections, heading, text);
                heading = line[3..].Trim();
                text.Clear();
            }
            else
            {
                text.Append(line).Append('\n');
            }
        }

        Add(sections, heading, text);
        return sections;
    }

    private static void Add(List<ArticleSection> sections, string heading, StringBuilder text)
    {
        var passage = text.ToString().Trim();
        if (passage.Length > 0)
        {
            sections.Add(new ArticleSection(heading, passage));
        }
    }

    private static string Required(Dictionary<string, string> fields, string name, string sourceName) =>
        fields.TryGetValue(name, out var value) && value.Length > 0
            ? value
            : throw new FormatException($"{sourceName}: front matter needs a non-empty '{name}'.");

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}
