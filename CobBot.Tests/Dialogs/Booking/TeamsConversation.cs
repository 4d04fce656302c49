using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CobBot.Cards;

namespace CobBot.Tests.Dialogs.Booking;

/// <summary>A Teams personal chat posting to the app's <c>/api/messages</c> (authentication off, as in development).</summary>
internal sealed class TeamsConversation(HttpClient client)
{
    private int _nextId;

    /// <summary>Posts <paramref name="activity"/> with <c>deliveryMode: expectReplies</c> and returns the bot's replies.</summary>
    public async Task<JsonArray> ExpectRepliesAsync(JsonObject activity)
    {
        activity["deliveryMode"] = "expectReplies";
        var body = await PostAsync(activity);
        return body["activities"]!.AsArray();
    }

    /// <summary>Presses a summary card button with Action.Execute, as Teams does, and returns the invoke response body.</summary>
    public Task<JsonObject> InvokeAsync(string verb, Guid cardId) => PostAsync(new JsonObject
    {
        ["type"] = "invoke",
        ["name"] = "adaptiveCard/action",
        ["value"] = new JsonObject
        {
            ["action"] = new JsonObject
            {
                ["type"] = "Action.Execute",
                ["verb"] = verb,
                ["data"] = new JsonObject { ["kind"] = BookingCards.SubmitKind, ["action"] = verb, ["cardId"] = cardId.ToString("D") },
            },
            ["trigger"] = "manual",
        },
    });

    private async Task<JsonObject> PostAsync(JsonObject activity)
    {
        activity["id"] = $"teams-{Interlocked.Increment(ref _nextId)}";
        activity["channelId"] = "msteams";
        activity["serviceUrl"] = "https://smba.trafficmanager.net/amer/";
        activity["from"] = new JsonObject { ["id"] = "29:customer", ["aadObjectId"] = "00000000-0000-0000-0000-000000000001" };
        activity["recipient"] = new JsonObject { ["id"] = "28:cobbot", ["name"] = "CobBot" };
        activity["conversation"] = new JsonObject { ["id"] = "a:personal-chat", ["conversationType"] = "personal", ["tenantId"] = "tenant-1" };
        activity["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" } };
        var response = await client.PostAsJsonAsync("/api/messages", activity);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }
}
