using System.Text.Json.Nodes;

namespace CobBot.Framework.Schema;

/// <summary>
/// The body answering an <c>adaptiveCard/action</c> invoke; the HTTP status is 200 and the outcome is
/// <see cref="StatusCode"/>. Use <see cref="Card"/>, <see cref="Message"/> or <see cref="Error"/>.
/// </summary>
public sealed class AdaptiveCardInvokeResponse
{
    /// <summary>The content type of a replacement card.</summary>
    public const string CardContentType = "application/vnd.microsoft.card.adaptive";
    /// <summary>The content type of a text answer.</summary>
    public const string MessageContentType = "application/vnd.microsoft.activity.message";
    /// <summary>The content type of an error.</summary>
    public const string ErrorContentType = "application/vnd.microsoft.error";

    /// <summary>The outcome, e.g. 200 or 400.</summary>
    public int StatusCode { get; set; } = 200;
    /// <summary>What <see cref="Value"/> is; one of the content type constants.</summary>
    public string? Type { get; set; }
    /// <summary>The card, the text, or <c>{code, message}</c>.</summary>
    public JsonNode? Value { get; set; }

    /// <summary>Replaces the card for the clicking user.</summary>
    public static AdaptiveCardInvokeResponse Card(JsonObject card) => new() { Type = CardContentType, Value = card };

    /// <summary>Shows a text to the clicking user.</summary>
    public static AdaptiveCardInvokeResponse Message(string text) => new() { Type = MessageContentType, Value = JsonValue.Create(text) };

    /// <summary>An error outcome, e.g. 400 <c>BadRequest</c>.</summary>
    public static AdaptiveCardInvokeResponse Error(int statusCode, string code, string message) => new()
    {
        StatusCode = statusCode,
        Type = ErrorContentType,
        Value = new JsonObject { ["code"] = code, ["message"] = message },
    };
}
