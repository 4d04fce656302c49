using System.Text.RegularExpressions;

namespace CobBot.Tests.App;

/// <summary>
/// The turn layers of the app reference each other one way only: App → Bots → Dialogs → Conversation → features.
/// Read from the sources (<c>using CobBot.X</c> and <c>CobBot.X.</c> names), so a new reference back up fails here.
/// </summary>
public sealed partial class FolderDependencyTests
{
    /// <summary>Each turn layer and the top-level folders that may reference it.</summary>
    private static readonly Dictionary<string, string[]> AllowedReferrers = new()
    {
        ["Bots"] = ["App"],
        ["Dialogs"] = ["App", "Bots"],
        ["Conversation"] = ["App", "Bots", "Dialogs", "Chat"],
    };

    [Fact]
    public void Only_the_layers_above_reference_the_activity_handler_the_dialogs_and_the_turn_services()
    {
        var app = Path.Combine(RepositoryRoot(), "CobBot");
        var violations = new List<string>();
        foreach (var file in Directory.EnumerateFiles(app, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(app, file).Replace('\\', '/');
            if (relative.StartsWith("obj/", StringComparison.Ordinal) || relative.StartsWith("bin/", StringComparison.Ordinal)) continue;
            var folder = relative.Contains('/') ? relative[..relative.IndexOf('/')] : "";
            foreach (var referenced in AppNamespace().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value).Distinct())
            {
                if (referenced != folder && AllowedReferrers.TryGetValue(referenced, out var allowed) && !allowed.Contains(folder))
                    violations.Add($"{relative} references CobBot.{referenced}");
            }
        }

        Assert.Empty(violations);
    }

    [Fact]
    public void The_scan_sees_the_references_it_checks()
    {
        var handler = File.ReadAllText(Path.Combine(RepositoryRoot(), "CobBot", "Bots", "CobBotActivityHandler.cs"));

        Assert.Equal(["Analytics", "Bots", "Cards", "Conversation", "Dialogs", "Handoff"],
            AppNamespace().Matches(handler).Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal));
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            if (File.Exists(Path.Combine(directory.FullName, "CobBot.sln"))) return directory.FullName;
        throw new InvalidOperationException("CobBot.sln not found above the test output folder.");
    }

    [GeneratedRegex(@"\bCobBot\.(?!Framework\b|Tests\b)([A-Z][A-Za-z]*)\b")]
    private static partial Regex AppNamespace();
}
