using System.Text.RegularExpressions;
using FuzzySharp;

namespace CobBot.Recognition.Entities;

/// <summary>
/// Finds a service type by fuzzy-matching every run of words against the names and synonyms in
/// <see cref="ServiceTypeVocabulary"/>, so "benifits analysis" or "a support call" still resolve.
/// </summary>
public sealed partial class ServiceTypeExtractor
{
    /// <summary>Minimum FuzzySharp ratio (0–100) for a phrase to count; one typo in a two-word phrase scores ~95, "memo" vs "demo" 75.</summary>
    private const int MinimumScore = 85;

    private readonly IReadOnlyList<(string Phrase, int Words, string Name)> _phrases;

    /// <summary>Creates the extractor over <paramref name="vocabulary"/>.</summary>
    public ServiceTypeExtractor(ServiceTypeVocabulary vocabulary) =>
        _phrases = vocabulary.ServiceTypes
            .SelectMany(s => s.Synonyms.Prepend(s.Name).Select(p => (Phrase: Normalize(p), s.Name)))
            .Select(p => (p.Phrase, Words: p.Phrase.Split(' ').Length, p.Name))
            .ToList();

    /// <summary>The canonical name of the best-matching service type in <paramref name="text"/>, or null.</summary>
    public string? Find(string text)
    {
        var words = Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var best = (Score: 0, Words: 0, Name: (string?)null);
        foreach (var (phrase, count, name) in _phrases)
        {
            for (var start = 0; start + count <= words.Length; start++)
            {
                var score = Fuzz.Ratio(string.Join(' ', words, start, count), phrase);
                if (score >= MinimumScore && (score > best.Score || (score == best.Score && count > best.Words)))
                {
                    best = (score, count, name);
                }
            }
        }
        return best.Name;
    }

    private static string Normalize(string text) => NonLetters().Replace(text.ToLowerInvariant(), " ").Trim();

    [GeneratedRegex(@"[^\p{L}]+")]
    private static partial Regex NonLetters();
}
