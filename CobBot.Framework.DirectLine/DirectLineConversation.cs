namespace CobBot.Framework.DirectLine;

/// <summary>A started Direct Line conversation as stored.</summary>
/// <param name="Id">The conversation id.</param>
/// <param name="UserId">The user once known (from the token, the start request or the first activity).</param>
/// <param name="UserName">The user's display name, if given.</param>
/// <param name="ServiceUrl">The Connector base the bot replies to, stamped on every activity it receives.</param>
/// <param name="CreatedAt">When the conversation started.</param>
public sealed record DirectLineConversation(string Id, string? UserId, string? UserName, string ServiceUrl, DateTimeOffset CreatedAt);
