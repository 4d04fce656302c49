using System.Text.RegularExpressions;

namespace CobBot.Recognition.Entities;

/// <summary>Finds email addresses.</summary>
public sealed partial class EmailExtractor
{
    /// <summary>Every email address in <paramref name="text"/>, in order, as typed.</summary>
    public IEnumerable<EntityMatch<string>> Matches(string text) =>
        EmailPattern().Matches(text).Select(m => new EntityMatch<string>(m.Index, m.Length, m.Value));

    [GeneratedRegex(@"(?<![\w.%+-])[\w.%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();
}
