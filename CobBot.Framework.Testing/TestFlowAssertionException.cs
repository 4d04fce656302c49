namespace CobBot.Framework.Testing;

/// <summary>A <see cref="TestFlow"/> expectation was not met.</summary>
public sealed class TestFlowAssertionException(string message) : Exception(message);
