using CobBot.Recognition;

namespace CobBot.Conversation;

/// <summary>
/// What the bot remembers about one conversation between turns (kept in ConversationState): whether it has
/// welcomed the customer, and the latest non-personal entities mentioned, which later dialogs start from
/// ("the demo" asked about earlier, a date, a confirmation code). Names, emails and phone numbers are not kept here.
/// </summary>
public sealed class ConversationMemory
{
    /// <summary>The conversation-state property name.</summary>
    public const string PropertyName = "memory";

    /// <summary>The welcome card has been sent in this conversation.</summary>
    public bool Welcomed { get; set; }

    /// <summary>The service type mentioned most recently, e.g. "Technical Consultation".</summary>
    public string? ServiceType { get; set; }

    /// <summary>The date mentioned most recently.</summary>
    public DateOnly? Date { get; set; }

    /// <summary>The time mentioned most recently.</summary>
    public TimeOnly? Time { get; set; }

    /// <summary>The appointment confirmation code mentioned most recently.</summary>
    public string? ConfirmationCode { get; set; }

    /// <summary>
    /// The knowledge question answered most recently, as searched (a follow-up together with the question before it,
    /// personal details removed), so the next follow-up is resolved against it (<see cref="Knowledge.KnowledgeFollowUp"/>).
    /// </summary>
    public string? LastQuestion { get; set; }

    /// <summary>Keeps what <paramref name="entities"/> found; entities not mentioned this turn keep their earlier value.</summary>
    public void Remember(RecognizedEntities entities)
    {
        ArgumentNullException.ThrowIfNull(entities);
        ServiceType = entities.ServiceType ?? ServiceType;
        Date = entities.Date ?? Date;
        Time = entities.Time ?? Time;
        ConfirmationCode = entities.ConfirmationCode ?? ConfirmationCode;
    }
}
