namespace CobBot.Framework.Connector;

/// <summary>A cached bearer token and the moment it should be replaced.</summary>
/// <param name="Value">The token, sent verbatim after <c>Bearer</c>.</param>
/// <param name="RefreshAt">When to fetch a new one (a margin before expiry).</param>
internal sealed record AccessToken(string Value, DateTimeOffset RefreshAt);
