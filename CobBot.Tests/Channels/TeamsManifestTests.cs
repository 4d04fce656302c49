using System.IO.Compression;
using System.Text.Json.Nodes;

namespace CobBot.Tests.ChannelTests;

/// <summary>deploymentTemplates/teams: the package script's output passes Microsoft's manifest schema offline.</summary>
[Collection(RealClientCollection.Name)]
public sealed class TeamsManifestTests
{
    private const string AppId = "8c1f4b9e-2d7a-4e3b-9f61-5a0c7d2e4b18";

    [Fact]
    public async Task The_package_has_the_bot_id_valid_icons_and_passes_the_teams_schema()
    {
        var output = Path.Combine(Path.GetTempPath(), $"cobbot-teams-{Guid.NewGuid():N}");
        try
        {
            var (built, buildLog) = await RunAsync("bash", [Script, "--app-id", AppId, "--version", "1.2.3", "--out", output]);
            Assert.True(built == 0, buildLog);
            var (valid, validation) = await PeerClients.RunNodeAsync(PeerClients.SharedScript("validate-teams-manifest.mjs"), [Path.Combine(output, "package")], TimeSpan.FromMinutes(1));
            Assert.True(valid == 0, validation);
            Assert.Contains("0 schema error(s), 0 warning(s)", validation);

            using var zip = ZipFile.OpenRead(Path.Combine(output, "cobbot-teams-1.2.3.zip"));
            Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order());
            using var manifestStream = zip.GetEntry("manifest.json")!.Open();
            var manifest = JsonNode.Parse(manifestStream)!;
            Assert.Equal(AppId, (string)manifest["bots"]![0]!["botId"]!);
            Assert.Equal(AppId, (string)manifest["id"]!);
            Assert.Equal("1.2.3", (string)manifest["version"]!);
            Assert.Equal((192, 192), PngSize(zip, "color.png"));
            Assert.Equal((32, 32), PngSize(zip, "outline.png"));
        }
        finally
        {
            if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        }
    }

    [Fact]
    public async Task The_package_script_refuses_an_app_id_that_is_not_a_guid()
    {
        var (exitCode, log) = await RunAsync("bash", [Script, "--app-id", "not-a-guid", "--out", Path.GetTempPath()]);

        Assert.Equal(2, exitCode);
        Assert.Contains("must be a GUID", log);
    }

    private static string Script => Path.Combine(PeerClients.RepositoryRoot, "deploymentTemplates", "teams", "build-package.sh");

    private static (int Width, int Height) PngSize(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        var header = new byte[24];
        stream.ReadExactly(header);
        return (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(16)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(20)));
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string file, string[] arguments)
    {
        var start = new System.Diagnostics.ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment.Remove("MicrosoftAppId");
        using var process = System.Diagnostics.Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
        return (process.ExitCode, await stdout + await stderr);
    }
}
