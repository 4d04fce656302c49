using System.Diagnostics;
using System.Text;

namespace CobBot.Tests.ChannelTests;

/// <summary>
/// Runs the real third-party clients (an npm-installed copy of shared/peers/clients, named by the environment
/// variable <c>COBBOT_PEER_CLIENTS</c>; test.sh installs it) and the repository's own scripts with Node.
/// </summary>
internal static class PeerClients
{
    public const string EnvironmentVariable = "COBBOT_PEER_CLIENTS";

    /// <summary>The installed clients folder; fails the test with a clear message when it is missing.</summary>
    public static string Directory
    {
        get
        {
            var folder = Environment.GetEnvironmentVariable(EnvironmentVariable);
            if (string.IsNullOrEmpty(folder) || !System.IO.Directory.Exists(Path.Combine(folder, "node_modules")))
                throw new InvalidOperationException(
                    $"{EnvironmentVariable} must name an npm-installed copy of shared/peers/clients (copy it, run npm ci there); got '{folder}'. test.sh sets it up.");
            return folder;
        }
    }

    /// <summary>The repository root (the folder holding CobBot.sln).</summary>
    public static string RepositoryRoot
    {
        get
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
                if (File.Exists(Path.Combine(folder.FullName, "CobBot.sln"))) return folder.FullName;
            throw new InvalidOperationException("CobBot.sln not found above the test assembly.");
        }
    }

    /// <summary>
    /// Where test artifacts (screenshots, wire logs) go: channels/{name} under <c>COBBOT_TEST_ARTIFACTS</c> (set by
    /// test.sh), else under the repository's artifacts folder.
    /// </summary>
    public static string ArtifactsFolder(string name)
    {
        var root = Environment.GetEnvironmentVariable("COBBOT_TEST_ARTIFACTS") is { Length: > 0 } configured
            ? configured
            : Path.Combine(RepositoryRoot, "artifacts");
        var folder = Path.Combine(root, "channels", name);
        System.IO.Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>Runs <c>node script args…</c>; returns the exit code and everything it printed.</summary>
    public static async Task<(int ExitCode, string Output)> RunNodeAsync(
        string script, IEnumerable<string> arguments, TimeSpan timeout, string? workingDirectory = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? Path.GetDirectoryName(script)!,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        start.ArgumentList.Add(script);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node could not be started.");
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            lock (output) output.AppendLine($"(killed after {timeout})");
        }
        process.WaitForExit();
        lock (output) return (process.ExitCode, output.ToString());
    }

    /// <summary>A script of this test folder (CobBot.Tests/Channels/Clients).</summary>
    public static string OwnScript(string name) => Path.Combine(RepositoryRoot, "CobBot.Tests", "Channels", "Clients", name);

    /// <summary>A script of the shared clients folder.</summary>
    public static string SharedScript(string name) => Path.Combine(Directory, name);
}
