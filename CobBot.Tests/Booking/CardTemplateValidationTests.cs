using System.Diagnostics;
using System.Text.Json.Nodes;
using CobBot.Cards;
using CobBot.Framework.Schema;

namespace CobBot.Tests.Booking;

/// <summary>
/// Every Adaptive Card template embedded under <c>Cards/</c>, bound with sample data (including text that needs JSON
/// escaping), passes the official adaptivecards parser at schema 1.5, the highest Teams renders: validate-card.mjs
/// from an npm-installed copy of shared/peers/clients named by <c>COBBOT_PEER_CLIENTS</c> (test.sh sets it up).
/// </summary>
public sealed class CardTemplateValidationTests
{
    private const string AwkwardText = "Jordan \"JJ\" O'Brien \\ <b>Lee</b> – café ✓\nsecond line";

    private static readonly IReadOnlyList<CardFact> SampleFacts =
    [
        new("Service", "Benefits Analysis"),
        new("When", "Tuesday, March 10, 2026, 3:00 PM – 4:00 PM Eastern Daylight Time"),
        new("Name", AwkwardText),
    ];

    /// <summary>Sample cards per template name; a template added under Cards/ needs an entry here.</summary>
    private static readonly Dictionary<string, Func<IEnumerable<JsonObject>>> Samples = new()
    {
        ["booking-summary"] = () => [BookingCards.Summary(Channels.Webchat, Guid.NewGuid(), "Please confirm", AwkwardText, SampleFacts, AwkwardText)],
        ["booking-summary-teams"] = () => [BookingCards.Summary(Channels.Msteams, Guid.NewGuid(), "Please confirm", AwkwardText, SampleFacts, AwkwardText)],
        ["booking-status"] = () =>
        [
            BookingCards.Status("You're booked!", AwkwardText, SampleFacts, good: true, AwkwardText),
            BookingCards.Status("Not booked", AwkwardText, [], good: false, AwkwardText),
        ],
        ["welcome"] = () => [(JsonObject)WelcomeCard.Create().Attachments![0].Content!],
    };

    [Fact]
    public void Every_embedded_template_has_sample_data_and_binds_to_valid_json()
    {
        Assert.Equal(EmbeddedTemplateNames().Order(), Samples.Keys.Order());
        foreach (var card in Samples.Values.SelectMany(sample => sample()))
        {
            Assert.Equal(card.ToJsonString(), JsonNode.Parse(card.ToJsonString())!.ToJsonString());
            Assert.DoesNotContain("${", card.ToJsonString());
        }
        Assert.Equal(AwkwardText, (string?)Samples["booking-status"]().First()["fallbackText"]);
    }

    [Fact]
    public async Task Every_bound_template_passes_the_adaptive_cards_validator_at_schema_1_5()
    {
        var folder = Path.Combine(Path.GetTempPath(), "cobbot-cards", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var files = new List<string>();
            foreach (var (name, sample) in Samples)
            {
                foreach (var (card, index) in sample().Select((c, i) => (c, i)))
                {
                    var file = Path.Combine(folder, $"{name}-{index}.json");
                    await File.WriteAllTextAsync(file, card.ToJsonString());
                    files.Add(file);
                }
            }

            var (exitCode, output) = await RunValidatorAsync(["--target", "1.5", "--strict", "--render", .. files]);

            Assert.True(exitCode == 0, output);
            Assert.Equal(files.Count, output.Split('\n').Count(line => line.StartsWith("OK ", StringComparison.Ordinal)));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static IEnumerable<string> EmbeddedTemplateNames() =>
        typeof(BookingCards).Assembly.GetManifestResourceNames()
            .Where(r => r.StartsWith("CobBot.Cards.", StringComparison.Ordinal) && r.EndsWith(".json", StringComparison.Ordinal))
            .Select(r => r["CobBot.Cards.".Length..^".json".Length]);

    private static async Task<(int ExitCode, string Output)> RunValidatorAsync(IEnumerable<string> arguments)
    {
        var clients = Environment.GetEnvironmentVariable("COBBOT_PEER_CLIENTS");
        if (string.IsNullOrEmpty(clients) || !Directory.Exists(Path.Combine(clients, "node_modules")))
            throw new InvalidOperationException($"COBBOT_PEER_CLIENTS must name an npm-installed copy of shared/peers/clients; got '{clients}'. test.sh sets it up.");
        var start = new ProcessStartInfo("node") { WorkingDirectory = clients, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(clients, "validate-card.mjs"));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}
