using System.Text.Json.Nodes;

namespace CobBot.Tests.Framework.Schema;

/// <summary>The captured channel payloads under <c>Framework/Schema/Payloads</c>, copied to the test output.</summary>
internal static class PayloadFixtures
{
    public static string Directory { get; } = Path.Combine(AppContext.BaseDirectory, "Framework", "Schema", "Payloads");

    public static IEnumerable<string> Names =>
        System.IO.Directory.GetFiles(Directory, "*.json").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    public static string Read(string name) => File.ReadAllText(Path.Combine(Directory, name));

    public static JsonNode ReadNode(string name) => JsonNode.Parse(Read(name)) ?? throw new InvalidDataException(name);
}
