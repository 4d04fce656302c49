namespace CobBot.Recognition;

/// <summary>What a recognizer found in an utterance; null where nothing was found.</summary>
public sealed record RecognizedEntities
{
    /// <summary>The appointment/service type's canonical name, e.g. "Benefits Analysis".</summary>
    public string? ServiceType { get; init; }
    /// <summary>A calendar date, resolved against "today" in the customer's time zone.</summary>
    public DateOnly? Date { get; init; }
    /// <summary>A wall-clock time in the customer's time zone.</summary>
    public TimeOnly? Time { get; init; }
    /// <summary>A person's name the customer gave.</summary>
    public string? PersonName { get; init; }
    /// <summary>An email address.</summary>
    public string? Email { get; init; }
    /// <summary>A phone number in E.164 form.</summary>
    public string? Phone { get; init; }
    /// <summary>An appointment confirmation code.</summary>
    public string? ConfirmationCode { get; init; }

    /// <summary>No entities.</summary>
    public static RecognizedEntities Empty { get; } = new();
}
