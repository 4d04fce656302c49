using System.Text.Json.Serialization;
using CobBot.Framework.Schema;

namespace CobBot.Framework.DirectLine;

/// <summary>The body of token and conversation answers: <c>{conversationId, token, expires_in, streamUrl}</c>.</summary>
internal sealed record DirectLineConversationResponse(
    string ConversationId,
    string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    string? StreamUrl = null);

/// <summary>An ActivitySet: <c>{activities, watermark}</c>, in GET answers and stream frames.</summary>
internal sealed record DirectLineActivitySet(IReadOnlyList<Activity> Activities, string? Watermark);

/// <summary>The Direct Line error body: <c>{error:{code,message}}</c>.</summary>
internal sealed record DirectLineErrorResponse(DirectLineError Error);

/// <summary>The inner error of <see cref="DirectLineErrorResponse"/>.</summary>
internal sealed record DirectLineError(string Code, string Message);

/// <summary>The optional body of <c>tokens/generate</c> and <c>conversations</c>: <c>{user:{id,name}, locale}</c>.</summary>
internal sealed record DirectLineStartRequest(ChannelAccount? User, string? Locale);
