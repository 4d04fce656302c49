using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using CobBot.Framework.Schema;
using CobBot.Tests.ChannelTests;

namespace CobBot.Tests.Framework.DirectLine;

/// <summary>Raw Direct Line 3.0 calls for protocol tests.</summary>
internal sealed class DirectLineClient(HttpClient http)
{
    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? bearer, object? body = null)
    {
        using var request = new HttpRequestMessage(method, "/v3/directline" + path);
        if (bearer is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        if (body is Activity activity) request.Content = new StringContent(BotJson.Serialize(activity), Encoding.UTF8, "application/json");
        else if (body is string json) request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        else if (body is not null) request.Content = JsonContent.Create(body);
        return await http.SendAsync(request);
    }

    public async Task<JsonObject> JsonAsync(HttpMethod method, string path, string? bearer, object? body = null)
    {
        using var response = await SendAsync(method, path, bearer, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{method} {path} -> {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!.AsObject();
    }

    /// <summary>tokens/generate with the secret for a user, then start: (conversationId, token, start answer).</summary>
    public async Task<(string ConversationId, string Token, JsonObject Start)> StartAsync(string userId = "dl_test-user")
    {
        var generated = await JsonAsync(HttpMethod.Post, "/tokens/generate", ChannelTestHost.Secret, new { user = new { id = userId, name = "Test" } });
        var token = (string)generated["token"]!;
        var start = await JsonAsync(HttpMethod.Post, "/conversations", token);
        return ((string)generated["conversationId"]!, token, start);
    }

    public async Task<JsonArray> ActivitiesAsync(string conversationId, string token, long watermark = 0) =>
        (await JsonAsync(HttpMethod.Get, $"/conversations/{conversationId}/activities?watermark={watermark}", token))["activities"]!.AsArray();

    public static async Task<(int Status, string? Code)> ErrorOf(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        var code = text.Length == 0 ? null : (string?)JsonNode.Parse(text)?["error"]?["code"];
        return ((int)response.StatusCode, code);
    }
}
