using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CobBot.Tests.Deployment;

public sealed partial class AzureTemplateTests
{
    private static readonly string Folder = DeploymentTools.Repo("deploymentTemplates", "azure");

    [Fact]
    public void Every_app_setting_the_template_passes_is_in_the_readme_configuration_table_and_bicep_passes_the_same()
    {
        var settings = AppSettings();
        var documented = ReadmeVariables();

        Assert.All(settings.Keys, name => Assert.True(documented.Contains(name), $"{name} is not in README.md's configuration table."));
        var bicep = BicepSettingRegex().Matches(File.ReadAllText(Path.Combine(Folder, "main.bicep"))).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(settings.Keys.ToList(), bicep);
    }

    [Fact]
    public void Every_required_production_setting_is_passed_and_secrets_are_key_vault_references()
    {
        var settings = AppSettings();

        Assert.Equal("Production", settings["ASPNETCORE_ENVIRONMENT"]);
        Assert.Equal("8080", settings["ASPNETCORE_HTTP_PORTS"]);
        foreach (var secret in new[] { "JWT_SECRET_KEY", "ADMIN_PASSWORD", "MicrosoftAppPassword", "GEMINI_API_KEY", "ConnectionStrings__CobBot", "DirectLine__Secret" })
            Assert.StartsWith("[format('@Microsoft.KeyVault(VaultName=", settings[secret]);
        foreach (var required in new[] { "MicrosoftAppId", "MicrosoftAppType", "MicrosoftAppTenantId", "Database__Provider" })
            Assert.True(settings.ContainsKey(required), required);
    }

    [Fact]
    public void The_template_deploys_the_bot_with_teams_direct_line_and_web_chat_on_api_messages_and_the_parameters_file_matches()
    {
        var template = Template();
        var resources = template["resources"]!.AsArray();
        string Type(JsonNode? r) => (string)r!["type"]!;

        var bot = resources.Single(r => Type(r) == "Microsoft.BotService/botServices")!;
        Assert.Contains("/api/messages", (string?)bot["properties"]!["endpoint"]);
        var channels = resources.Where(r => Type(r) == "Microsoft.BotService/botServices/channels").Select(r => (string?)r!["properties"]!["channelName"]).ToHashSet();
        Assert.Equal(["MsTeamsChannel", "DirectLineChannel", "WebChatChannel"], channels);
        Assert.Contains(resources, r => Type(r) == "Microsoft.DBforPostgreSQL/flexibleServers");
        Assert.Contains(resources, r => Type(r) == "Microsoft.KeyVault/vaults");
        var site = resources.Single(r => Type(r) == "Microsoft.Web/sites")!;
        Assert.Equal("/health/ready", (string?)site["properties"]!["siteConfig"]!["healthCheckPath"]);
        Assert.True((bool)site["properties"]!["siteConfig"]!["webSocketsEnabled"]!);

        var declared = template["parameters"]!.AsObject();
        var given = JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, "main.parameters.json")))!["parameters"]!.AsObject();
        Assert.All(given, p => Assert.True(declared.ContainsKey(p.Key), p.Key));
        Assert.All(declared.Where(p => p.Value!["defaultValue"] is null), p => Assert.True(given.ContainsKey(p.Key), $"{p.Key} has no default and no value"));
        var bicepParameters = BicepParameterRegex().Matches(File.ReadAllText(Path.Combine(Folder, "main.bicep"))).Select(m => m.Groups[1].Value).ToHashSet();
        Assert.Equal(declared.Select(p => p.Key).ToHashSet(), bicepParameters);
    }

    private static JsonObject Template() => JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, "main.json")))!.AsObject();

    private static Dictionary<string, string> AppSettings() =>
        Template()["resources"]!.AsArray().Single(r => (string?)r!["type"] == "Microsoft.Web/sites")!["properties"]!["siteConfig"]!["appSettings"]!.AsArray()
            .ToDictionary(s => (string)s!["name"]!, s => (string)s!["value"]!);

    /// <summary>The environment variable names in the second column of README.md's configuration table.</summary>
    private static HashSet<string> ReadmeVariables()
    {
        var lines = File.ReadAllLines(DeploymentTools.Repo("README.md"));
        var start = Array.FindIndex(lines, l => l.StartsWith("| appsettings key | environment variable |", StringComparison.Ordinal));
        Assert.True(start >= 0, "README.md has no configuration table.");
        return lines.Skip(start + 2).TakeWhile(l => l.StartsWith('|'))
            .SelectMany(l => CodeRegex().Matches(l.Split('|')[2]).Select(m => m.Groups[1].Value))
            .ToHashSet();
    }

    [GeneratedRegex(@"\{ name: '([^']+)', value:")]
    private static partial Regex BicepSettingRegex();

    [GeneratedRegex(@"^param (\w+) ", RegexOptions.Multiline)]
    private static partial Regex BicepParameterRegex();

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex CodeRegex();
}
