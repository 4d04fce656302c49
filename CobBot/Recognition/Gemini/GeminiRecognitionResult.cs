using System.ComponentModel;

namespace CobBot.Recognition.Gemini;

/// <summary>The JSON object Gemini must answer with; its JSON schema is sent as the response format.</summary>
internal sealed record GeminiRecognitionResult
{
    [Description("Exactly one intent from the list in the instructions.")]
    public required string Intent { get; init; }

    [Description("Confidence in the intent, from 0 to 1.")]
    public required double Score { get; init; }

    [Description("Sentiment from -1 (very negative) through 0 (neutral) to 1 (very positive).")]
    public required double Sentiment { get; init; }

    [Description("The canonical service type named in the instructions, or null.")]
    public string? ServiceType { get; init; }

    [Description("The date the customer means, as yyyy-MM-dd, or null.")]
    public string? Date { get; init; }

    [Description("The time the customer means, 24-hour HH:mm, or null.")]
    public string? Time { get; init; }

    [Description("A confirmation code like COB-7K3M9Q, or null.")]
    public string? ConfirmationCode { get; init; }
}
