
namespace CobBot.Tests.Framework.State;

/// <summary>A mutable state object, as dialogs keep them.</summary>
public sealed class TestProfile
{
    public string? Name { get; set; }
    public List<string> Topics { get; set; } = [];
    public TestAddress? Address { get; set; }
}
