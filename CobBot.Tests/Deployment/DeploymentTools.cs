using System.Text.Json.Nodes;
using CobBot.Tests.ChannelTests;

namespace CobBot.Tests.Deployment;

/// <summary>Runs the offline validators of deploymentTemplates/tools (npm-installed there by test.sh) and reads their JSON.</summary>
internal static class DeploymentTools
{
    /// <summary>A path under the repository root.</summary>
    public static string Repo(params string[] parts) => Path.Combine([PeerClients.RepositoryRoot, .. parts]);

    /// <summary>Runs <c>node deploymentTemplates/tools/{script} {argument}</c> and parses the JSON it prints.</summary>
    public static async Task<JsonNode> RunAsync(string script, string argument)
    {
        var tools = Repo("deploymentTemplates", "tools");
        if (!Directory.Exists(Path.Combine(tools, "node_modules")))
            throw new InvalidOperationException($"Run `npm ci` in {tools} first (test.sh does).");
        var (exitCode, output) = await PeerClients.RunNodeAsync(Path.Combine(tools, script), [argument], TimeSpan.FromMinutes(1), tools);
        Assert.True(exitCode == 0, output);
        return JsonNode.Parse(output.Trim().Split('\n')[^1])!;
    }
}
