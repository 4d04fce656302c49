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
        var windows = new Dictionary<int, string[]>();
        var best = (Score: 0, Words: 0, Name: (string?)null);
        foreach (var (phrase, count, name) in _phrases)
        {
            if (!windows.TryGetValue(count, out var candidates))
            {
                candidates = Enumerable.Range(0, Math.Max(0, words.Length - count + 1))
                    .Select(start => string.Join(' ', words, start, count))
                    .ToArray();
                windows[count] = candidates;
            }
            foreach (var candidate in candidates.Where(c => CanReach(c.Length, phrase.Length)))
            {
                var score = Fuzz.Ratio(candidate, phrase);
                if (score >= MinimumScore && (score > best.Score || (score == best.Score && count > best.Words)))
                {
                    best = (score, count, name);
                }
            }
        }
        return best.Name;
    }

    // The ratio is at most 200 * shorter / (sum of lengths); skip pairs whose lengths alone rule the threshold out.
    private static bool CanReach(int a, int b) => 200 * Math.Min(a, b) >= MinimumScore * (a + b);

    private static string Normalize(string text) => NonLetters().Replace(text.ToLowerInvariant(), " ").Trim();

    [GeneratedRegex(@"[^\p{L}]+")]
    private static partial Regex NonLetters();
}
