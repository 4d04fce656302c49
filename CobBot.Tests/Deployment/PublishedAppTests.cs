using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace CobBot.Tests.Deployment;

/// <summary>The published app run as the container runs it (see <see cref="PublishedApp"/>); one publish for the class.</summary>
[Collection(PublishedAppCollection.Name)]
public sealed class PublishedAppTests(PublishedApp published, ITestOutputHelper output)
{
    private static readonly TimeSpan StartDeadline = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task The_published_app_serves_on_the_host_port_as_non_root_from_a_read_only_folder_and_stops_cleanly_on_sigterm()
    {
        var port = PublishedApp.FreePort();
        var clock = Stopwatch.StartNew();
        var app = published.Start(new Dictionary<string, string>
        {
            ["ASPNETCORE_HTTP_PORTS"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["JWT_SECRET_KEY"] = Convert.ToHexString(RandomNumberGenerator.GetBytes(32)),
            ["ADMIN_PASSWORD"] = Convert.ToHexString(RandomNumberGenerator.GetBytes(12)),
            ["DirectLine__Secret"] = Convert.ToHexString(RandomNumberGenerator.GetBytes(32)),
            ["ConnectionStrings__CobBot"] = $"Data Source={Path.Combine(published.DataFolder, "cobbot.db")}",
            ["Email__PickupDirectory"] = Path.Combine(published.DataFolder, "mail-pickup"),
        });
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };

        await PublishedApp.UntilAsync(client, "/health/ready", app);
        var startUp = clock.Elapsed;
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        var chat = await client.PostAsJsonAsync("/api/chat", new JsonObject { ["message"] = "What are your support hours?" });
        Assert.Equal(HttpStatusCode.OK, chat.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace((string?)(await chat.Content.ReadFromJsonAsync<JsonObject>())!["response"]));

        var status = await File.ReadAllLinesAsync($"/proc/{app.Id}/status");
        var uid = status.Single(l => l.StartsWith("Uid:", StringComparison.Ordinal)).Split('\t', StringSplitOptions.RemoveEmptyEntries)[1];
        Assert.NotEqual("0", uid);
        var rss = status.Single(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(published.DataFolder, "cobbot.db")));
        output.WriteLine($"start-up to /health/ready 200: {startUp.TotalMilliseconds:F0} ms; after one chat turn {rss.Replace('\t', ' ')}");
        ReportMeasurement($"start_up_ms={startUp.TotalMilliseconds:F0} {rss.Replace("\t", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal)}");

        var probe = published.Start(new Dictionary<string, string> { ["ASPNETCORE_HTTP_PORTS"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture) }, "healthcheck");
        await probe.WaitForExitAsync().WaitAsync(StartDeadline);
        Assert.Equal(0, probe.ExitCode);

        await PublishedApp.RunAsync("kill", "-s", "TERM", app.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await app.WaitForExitAsync().WaitAsync(StartDeadline);
        Assert.Equal(0, app.ExitCode);
    }

    [Fact]
    public async Task The_healthcheck_verb_fails_when_nothing_answers()
    {
        var probe = published.Start(new Dictionary<string, string> { ["ASPNETCORE_HTTP_PORTS"] = PublishedApp.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture) }, "healthcheck");

        await probe.WaitForExitAsync().WaitAsync(StartDeadline);

        Assert.Equal(1, probe.ExitCode);
    }

    private static void ReportMeasurement(string line)
    {
        var folder = Environment.GetEnvironmentVariable("COBBOT_TEST_ARTIFACTS") is { Length: > 0 } configured ? configured : DeploymentTools.Repo("artifacts");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "published-app.txt"), line + Environment.NewLine);
    }
}
