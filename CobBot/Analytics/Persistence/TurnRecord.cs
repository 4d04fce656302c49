namespace CobBot.Analytics.Persistence;

/// <summary>
/// One recognized customer message, for the dashboard. It holds no PHI: no text, no entities, no user id — only the
/// intent, its score, the sentiment, the channel and a hash of the conversation key.
/// </summary>
public sealed class TurnRecord
{
    /// <summary>Database id.</summary>
    public long Id { get; set; }

    /// <summary>Hex SHA-256 of the conversation key and activity id: a turn retried after a state conflict is stored once.</summary>
    public required string TurnKeyHash { get; set; }

    /// <summary>Hex SHA-256 of the conversation key, to count conversations.</summary>
    public required string ConversationKeyHash { get; set; }

    /// <summary>The channel, e.g. <c>msteams</c>, <c>webchat</c>, <c>api</c>.</summary>
    public required string Channel { get; set; }

    /// <summary>The recognized top intent.</summary>
    public required string Intent { get; set; }

    /// <summary>Confidence of the intent, 0..1.</summary>
    public double Score { get; set; }

    /// <summary>Sentiment, −1..1.</summary>
    public double Sentiment { get; set; }

    /// <summary>Which recognizer answered: <c>offline</c> or <c>gemini</c>.</summary>
    public required string Recognizer { get; set; }

    /// <summary>When the turn was recognized (UTC).</summary>
    public DateTimeOffset OccurredAt { get; set; }
}
