namespace CobBot.Tests.ChannelTests;

/// <summary>Tests that start Node and headless Chromium run one at a time (the machine has two cores).</summary>
[CollectionDefinition(Name)]
public sealed class RealClientCollection
{
    public const string Name = "Real clients";
}
