using CobBot.Framework.Schema;

namespace CobBot.Tests.ChannelTests;

/// <summary>
/// Every Adaptive Card template embedded in the app (<c>CobBot.Cards.*.json</c>) and the channel test bot's cards
/// pass the official <c>adaptivecards</c> parser for Teams' schema 1.5 (validate-card.mjs from the shared peers).
/// </summary>
[Collection(RealClientCollection.Name)]
public sealed class CardValidatorTests
{
    [Fact]
    public async Task Every_card_template_passes_the_adaptive_cards_validator_for_schema_1_5()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"cobbot-cards-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            var app = typeof(CobBot.Data.CobBotConnectionString).Assembly;
            var templates = app.GetManifestResourceNames().Where(n => n.StartsWith("CobBot.Cards.", StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal)).ToList();
            var files = new List<string>();
            foreach (var name in templates)
            {
                var file = Path.Combine(folder, name);
                await using (var resource = app.GetManifestResourceStream(name)!)
                await using (var target = File.Create(file)) await resource.CopyToAsync(target);
                files.Add(file);
            }
            foreach (var (name, card) in new[] { ("testbot-execute.json", ChannelTestBot.Card("Confirm", "Confirm", true)), ("testbot-submit.json", ChannelTestBot.Card("Confirm", "Confirm", false)) })
            {
                var file = Path.Combine(folder, name);
                await File.WriteAllTextAsync(file, System.Text.Json.JsonSerializer.Serialize(card, BotJson.Options));
                files.Add(file);
            }

            var (exitCode, output) = await PeerClients.RunNodeAsync(PeerClients.SharedScript("validate-card.mjs"), ["--target", "1.5", .. files], TimeSpan.FromMinutes(1));

            Assert.True(exitCode == 0, output);
            Assert.Equal(files.Count, output.Split('\n').Count(line => line.Contains(" 0 error(s)", StringComparison.Ordinal)));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
