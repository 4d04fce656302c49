using System.Text.Json;
using CobBot.Framework.Builder;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace CobBot.Chat;

/// <summary>
/// <c>POST /api/chat</c> {message, session_id?} → {response, session_id, intent, timestamp, activities}: the v1 REST
/// chat contract on top of the bot pipeline (<see cref="ChatTurnRunner"/>). Anonymous, rate-limited per client address.
/// </summary>
public static class ChatApi
{
    /// <summary>The rate-limiter policy of the chat endpoint.</summary>
    public const string RateLimitPolicy = "chat";

    public static IEndpointRouteBuilder MapChatApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/chat", ChatAsync)
            .AllowAnonymous()
            .RequireRateLimiting(RateLimitPolicy)
            .Accepts<ChatRequest>("application/json")
            .WithName("Chat")
            .WithTags("Chat")
            .WithSummary("Send a customer message to the bot and get its replies.");
        return endpoints;
    }

    // The body is read here rather than bound, so malformed JSON is a 400 with problem details, not an empty 400.
    private static async Task<Results<Ok<ChatResponse>, ValidationProblem, ProblemHttpResult>> ChatAsync(
        HttpRequest request, IBot bot, ChatTurnRunner runner, IOptions<ChatApiOptions> options, CancellationToken cancellationToken)
    {
        ChatRequest? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<ChatRequest>(request.Body, JsonSerializerOptions.Web, cancellationToken);
        }
        catch (JsonException)
        {
            return TypedResults.Problem("The body must be a JSON object: {\"message\": \"...\", \"session_id\": \"...\"}.", statusCode: StatusCodes.Status400BadRequest);
        }

        var limit = options.Value.MaxMessageLength;
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(body?.Message))
            errors["message"] = [$"Required: the customer's message, 1 to {limit} characters."];
        else if (body.Message.Length > limit)
            errors["message"] = [$"Too long: {body.Message.Length} characters; the limit is {limit}."];
        if (body?.SessionId is { } given && !ChatSessionId.IsValid(given))
            errors["session_id"] = [$"Must be {ChatSessionId.Format}."];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        var sessionId = body!.SessionId ?? ChatSessionId.New();
        return TypedResults.Ok(await runner.RunAsync(bot, body.Message!.Trim(), sessionId, cancellationToken: cancellationToken));
    }
}
