using System.Text.Json;
using CobBot.Framework.Schema;

namespace CobBot.Framework.Builder;

/// <summary>
/// The SDK's convention for answering an invoke: the bot "sends" an activity of type <c>invokeResponse</c>
/// whose value is the <see cref="InvokeResponse"/>; the adapter turns it into the HTTP response.
/// </summary>
internal static class InvokeResponseActivity
{
    /// <summary>Wraps a response as an <c>invokeResponse</c> activity.</summary>
    public static Activity Create(InvokeResponse response) => new()
    {
        Type = ActivityTypes.InvokeResponse,
        Value = JsonSerializer.SerializeToNode(response, BotJson.Options),
    };

    /// <summary>Reads the response back from an <c>invokeResponse</c> activity.</summary>
    public static InvokeResponse Read(Activity activity) =>
        activity.Value?.Deserialize<InvokeResponse>(BotJson.Options)
        ?? throw new InvalidOperationException("The invokeResponse activity has no value.");
}
