
namespace CobBot.Tests.Framework.State;

public sealed record TestAddress(string City, string Zip);
