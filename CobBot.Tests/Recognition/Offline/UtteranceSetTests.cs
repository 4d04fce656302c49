using System.Text.RegularExpressions;
using CobBot.Recognition;
using CobBot.Recognition.Offline;

namespace CobBot.Tests.Recognition.Offline;

public sealed class UtteranceSetTests
{
    private readonly UtteranceSet _set = UtteranceSet.LoadEmbedded();

    [Fact]
    public void Ships_hundreds_of_utterances_covering_every_intent_in_both_splits()
    {
        Assert.InRange(_set.All.Count, 500, 1100);
        foreach (var intent in Intents.All)
        {
            Assert.True(_set.Training.Count(u => u.Intent == intent) >= 30, $"{intent}: too few training utterances");
            Assert.True(_set.Evaluation.Count(u => u.Intent == intent) >= 5, $"{intent}: too few held-out utterances");
        }
    }

    [Fact]
    public void Splits_are_disjoint_and_together_make_the_whole_set()
    {
        Assert.Equal(_set.All.Count, _set.Training.Count + _set.Evaluation.Count);
        var training = _set.Training.Select(u => u.Text.ToLowerInvariant()).ToHashSet();
        Assert.DoesNotContain(_set.Evaluation, u => training.Contains(u.Text.ToLowerInvariant()));
        Assert.InRange((double)_set.Evaluation.Count / _set.All.Count, 0.15, 0.25);
    }

    [Fact]
    public void Has_no_duplicate_texts()
    {
        var normalised = _set.All.Select(u => Regex.Replace(u.Text.ToLowerInvariant(), @"[^a-z0-9]+", " ").Trim()).ToArray();
        Assert.Equal(normalised.Length, normalised.Distinct().Count());
    }

    [Fact]
    public void Confirmation_codes_in_the_data_have_the_real_format()
    {
        var codes = _set.All.SelectMany(u => Regex.Matches(u.Text, @"\bcob-[a-z0-9]*", RegexOptions.IgnoreCase)).Select(m => m.Value).ToArray();
        Assert.True(codes.Length >= 20);
        Assert.All(codes, code => Assert.Matches("^COB-[A-HJ-NP-Z2-9]{6}$", code.ToUpperInvariant()));
    }

    [Fact]
    public void Split_depends_only_on_the_text()
    {
        var reordered = UtteranceSet.Parse(new StringReader("none\tTell me a joke\n# comment\n\ngreeting\thello there\n"));
        Assert.Equal(UtteranceSet.IsHeldOut("tell me a joke "), reordered.Evaluation.Any(u => u.Text == "Tell me a joke"));
        Assert.All(_set.Evaluation, u => Assert.True(UtteranceSet.IsHeldOut(u.Text)));
        Assert.All(_set.Training, u => Assert.False(UtteranceSet.IsHeldOut(u.Text)));
    }

    [Theory]
    [InlineData("greeting hello")]
    [InlineData("smalltalk\thello")]
    [InlineData("greeting\t   ")]
    public void Rejects_malformed_lines(string line) =>
        Assert.Throws<FormatException>(() => UtteranceSet.Parse(new StringReader(line)));
}
