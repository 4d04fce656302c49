using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace CobBot.Tests.Recognition.Gemini;

/// <summary>Bodies in the shapes Gemini's OpenAI-compatible endpoint answers with.</summary>
internal static class ChatCompletions
{
    /// <summary>A <c>chat.completion</c> whose message content is <paramref name="content"/>.</summary>
    public static string Completion(string content) => new JsonObject
    {
        ["id"] = "Zb4mabq1Lc2Z7M8P4v6hwQ8",
        ["object"] = "chat.completion",
        ["created"] = 1795633200,
        ["model"] = "gemini-2.5-flash",
        ["choices"] = new JsonArray(new JsonObject
        {
            ["index"] = 0,
            ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = content },
            ["finish_reason"] = "stop",
        }),
        ["usage"] = new JsonObject { ["prompt_tokens"] = 412, ["completion_tokens"] = 61, ["total_tokens"] = 473 },
    }.ToJsonString();

    /// <summary>Content for a recognition answer; override fields with <paramref name="changes"/>.</summary>
    public static string Recognition(Action<JsonObject>? changes = null)
    {
        var answer = new JsonObject
        {
            ["intent"] = "book_appointment",
            ["score"] = 0.93,
            ["sentiment"] = 0.4,
            ["serviceType"] = "Benefits Analysis",
            ["date"] = "2026-12-01",
            ["time"] = "15:00",
            ["confirmationCode"] = null,
        };
        changes?.Invoke(answer);
        return Completion(answer.ToJsonString());
    }

    /// <summary>Google's error envelope, as the compatible endpoint returns it.</summary>
    public static string Error(int code, string status, string message) =>
        JsonSerializer.Serialize(new { error = new { code, message, status } });

    public static async Task WriteAsync(HttpContext context, string body, int status = StatusCodes.Status200OK)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body);
    }
}
