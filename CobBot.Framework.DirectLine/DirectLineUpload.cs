namespace CobBot.Framework.DirectLine;

/// <summary>A file uploaded to a Direct Line conversation, served back at an unguessable <c>contentUrl</c>.</summary>
/// <param name="Id">The random id in the <c>contentUrl</c>.</param>
/// <param name="ConversationId">The conversation it was uploaded to.</param>
/// <param name="ContentType">The MIME type the client declared.</param>
/// <param name="Name">The file name, if any.</param>
/// <param name="Content">The bytes.</param>
public sealed record DirectLineUpload(string Id, string ConversationId, string ContentType, string? Name, byte[] Content);
