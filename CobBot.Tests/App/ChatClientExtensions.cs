using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CobBot.Tests.App;

/// <summary>Calls <c>POST /api/chat</c> and reads the answer.</summary>
internal static class ChatClientExtensions
{
    public static async Task<JsonObject> ChatAsync(this HttpClient client, string message, string? sessionId = null)
    {
        var response = await client.PostAsJsonAsync("/api/chat", new JsonObject { ["message"] = message, ["session_id"] = sessionId });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }
}
