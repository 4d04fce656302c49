using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace CobBot.Tests.Deployment;

/// <summary>
/// CobBot published once for this machine's architecture as the image does (<c>dotnet publish -c Release -a x64
/// --self-contained false</c>, only that architecture's native libraries) into a folder made read-only, run the way the image runs it:
/// <c>dotnet CobBot.dll</c> as an unprivileged user (nobody, via setpriv, when the tests run as root), configured by
/// environment variables only, Production, with a writable data folder.
/// </summary>
public sealed class PublishedApp : IAsyncLifetime
{
    private readonly string _root = Directory.CreateTempSubdirectory("cobbot-published-").FullName;
    private readonly List<Process> _processes = [];

    /// <summary>The publish folder (read-only once published).</summary>
    public string PublishFolder => Path.Combine(_root, "app");

    /// <summary>The writable data volume.</summary>
    public string DataFolder => Path.Combine(_root, "data");

    public async Task InitializeAsync()
    {
        var publish = new ProcessStartInfo("dotnet", ["publish", DeploymentTools.Repo("CobBot", "CobBot.csproj"), "-c", "Release", "-a", RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant(), "--self-contained", "false", "-o", PublishFolder, "--nologo"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(publish)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, await output + await errors);

        Directory.CreateDirectory(DataFolder);
        await RunAsync("chmod", "755", _root);
        await RunAsync("chmod", "-R", "a-w,a+rX", PublishFolder);
        if (RunsAsRoot) await RunAsync("chown", "nobody:nogroup", DataFolder);
    }

    /// <summary>Whether the tests run as root (then the app is started as nobody).</summary>
    public static bool RunsAsRoot => Environment.UserName == "root";

    /// <summary>Starts <c>dotnet CobBot.dll {arguments}</c> from the publish folder with only <paramref name="environment"/> as configuration.</summary>
    public Process Start(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = RunsAsRoot
            ? new ProcessStartInfo("setpriv", ["--reuid=nobody", "--regid=nogroup", "--clear-groups", "dotnet", "CobBot.dll", .. arguments])
            : new ProcessStartInfo("dotnet", ["CobBot.dll", .. arguments]);
        start.WorkingDirectory = PublishFolder;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("ASPNETCORE_", StringComparison.Ordinal) || k.StartsWith("DOTNET_", StringComparison.Ordinal) || k.Contains("__", StringComparison.Ordinal)).ToList())
            start.Environment.Remove(name);
        start.Environment["HOME"] = DataFolder;
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (name, value) in environment) start.Environment[name] = value;
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _processes.Add(process);
        return process;
    }

    /// <summary>A free loopback TCP port.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Polls <paramref name="path"/> until it answers 200, failing when <paramref name="app"/> exits or two minutes pass.</summary>
    public static async Task UntilAsync(HttpClient client, string path, Process app)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (true)
        {
            Assert.False(app.HasExited, $"The app exited with {(app.HasExited ? app.ExitCode : 0)} before {path} answered.");
            try
            {
                if ((await client.GetAsync(path, deadline.Token)).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(100, deadline.Token);
        }
    }

    /// <summary>Runs a tool to completion and asserts it succeeded.</summary>
    public static async Task RunAsync(string file, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardError = true })!;
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{file}: {errors}");
    }

    public async Task DisposeAsync()
    {
        foreach (var process in _processes)
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            process.Dispose();
        }
        await RunAsync("chmod", "-R", "u+w", _root);
        Directory.Delete(_root, recursive: true);
    }
}
