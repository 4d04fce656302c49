using System.Text.RegularExpressions;

namespace CobBot.Recognition.Offline;

/// <summary>
/// Scores sentiment from the shipped word list: each sentiment word's valence is scaled up when shouted in capitals
/// or after a booster ("very"), flipped and damped after a negator ("not happy", "isn't helpful"; emoticons are
/// never negated), and weighted by which side of a contrast word ("fine, but slow") it sits on; exclamation marks
/// amplify the sum, which is then squashed into −1..1 with <c>s / √(s² + 15)</c> so a single strong word lands
/// around ±0.6.
/// </summary>
public sealed partial class LexiconSentimentScorer : ISentimentScorer
{
    private const int NegationWindow = 3;
    private const double ShoutFactor = 1.25;
    private const double ExclamationStep = 0.12;
    private const int MaxExclamations = 3;
    private const double BeforeContrastWeight = 0.5;
    private const double Squash = 15;

    private readonly SentimentLexicon _lexicon;

    /// <summary>Creates a scorer over the shipped lexicon.</summary>
    public LexiconSentimentScorer()
        : this(SentimentLexicon.LoadEmbedded())
    {
    }

    internal LexiconSentimentScorer(SentimentLexicon lexicon) => _lexicon = lexicon;

    /// <inheritdoc />
    public double Score(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = Token().Matches(text.Replace('\u2019', '\'')).Select(match => match.Value).ToArray();
        var words = tokens.Select(token => token.ToLowerInvariant()).ToArray();
        var (contrastAt, afterContrastWeight) = LastContrast(words);

        var sum = 0.0;
        for (var i = 0; i < words.Length; i++)
        {
            if (!_lexicon.Valences.TryGetValue(words[i], out var valence))
            {
                continue;
            }

            if (IsShouted(tokens[i]))
            {
                valence *= ShoutFactor;
            }

            if (char.IsLetter(words[i][0]))
            {
                valence *= BoostBefore(words, i) * NegationBefore(words, i);
            }
            if (contrastAt >= 0)
            {
                valence *= i < contrastAt ? BeforeContrastWeight : afterContrastWeight;
            }

            sum += valence;
        }

        sum *= 1 + (ExclamationStep * Math.Min(text.Count(c => c == '!'), MaxExclamations));
        return Math.Clamp(sum / Math.Sqrt((sum * sum) + Squash), -1, 1);
    }

    private (int Index, double Weight) LastContrast(string[] words)
    {
        for (var i = words.Length - 1; i >= 0; i--)
        {
            if (_lexicon.Contrasts.TryGetValue(words[i], out var weight))
            {
                return (i, weight);
            }
        }

        return (-1, 1);
    }

    private double BoostBefore(string[] words, int index)
    {
        var factor = 1.0;
        for (var k = index - 1; k >= 0 && _lexicon.Boosters.TryGetValue(words[k], out var boost); k--)
        {
            factor *= boost;
        }

        return factor;
    }

    /// <summary>The nearest negator's factor within a few words before <paramref name="index"/>, not across punctuation.</summary>
    private double NegationBefore(string[] words, int index)
    {
        for (var k = index - 1; k >= 0 && k >= index - NegationWindow && !IsPunctuation(words[k]); k--)
        {
            if (_lexicon.Negators.TryGetValue(words[k], out var factor))
            {
                return factor;
            }

            if (words[k].EndsWith("n't", StringComparison.Ordinal) && _lexicon.Negators.TryGetValue("not", out factor))
            {
                return factor;
            }
        }

        return 1;
    }

    private static bool IsPunctuation(string token) => token.Length == 1 && char.IsPunctuation(token[0]);

    private static bool IsShouted(string token) =>
        token.Length >= 2 && token.All(char.IsLetter) && token.All(char.IsUpper);

    /// <summary>Emoticons, words (with inner apostrophes) and the punctuation that ends a negation's reach.</summary>
    [GeneratedRegex(@"[:;]-?[()dDpP]|\p{L}+(?:'\p{L}+)*|[.,;:?!]")]
    private static partial Regex Token();
}
