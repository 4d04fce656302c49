namespace CobBot.Handoff.Persistence;

/// <summary>A callback ticket: the customer asked, outside support hours, to be phoned back.</summary>
public sealed class CallbackRequest
{
    /// <summary>Database id.</summary>
    public int Id { get; set; }

    /// <summary>The escalation the request belongs to.</summary>
    public int EscalationId { get; set; }

    /// <summary>Ticket number given to the customer, e.g. <c>CB-7K3M9Q</c>.</summary>
    public required string TicketNumber { get; set; }

    /// <summary>The number to call, E.164 (PHI: never logged).</summary>
    public required string PhoneE164 { get; set; }

    /// <summary>The best time to call, as the customer put it.</summary>
    public required string PreferredTime { get; set; }

    /// <summary>The preferred time as an instant, when the customer gave a recognisable date and time.</summary>
    public DateTimeOffset? PreferredAt { get; set; }

    /// <summary>When the ticket was opened.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When someone completed the callback.</summary>
    public DateTimeOffset? CompletedAt { get; set; }
}
