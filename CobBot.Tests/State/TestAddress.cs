namespace CobBot.Tests.State;

public sealed record TestAddress(string City, string Zip);
