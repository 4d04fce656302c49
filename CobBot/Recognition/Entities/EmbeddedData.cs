using System.Reflection;

namespace CobBot.Recognition.Entities;

/// <summary>Reads the recognition data files embedded from <c>Recognition/Data/</c>.</summary>
internal static class EmbeddedData
{
    /// <summary>Opens the embedded file named <paramref name="fileName"/>.</summary>
    public static Stream Open(string fileName)
    {
        var assembly = typeof(EmbeddedData).Assembly;
        var resource = $"{assembly.GetName().Name}.Recognition.Data.{fileName}";
        return assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded resource '{resource}' is missing.");
    }

    /// <summary>The non-empty, non-comment (<c>#</c>) lines of the embedded text file <paramref name="fileName"/>.</summary>
    public static IEnumerable<string> ReadLines(string fileName)
    {
        using var reader = new StreamReader(Open(fileName));
        return reader.ReadToEnd()
            .Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(line => !line.StartsWith('#'))
            .ToList();
    }
}
