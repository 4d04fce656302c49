namespace CobBot.Scheduling.Persistence;

/// <summary>A booked (or cancelled) appointment. Times are UTC; the customer's zone is kept for display.</summary>
public sealed class Appointment
{
    public Guid Id { get; set; }

    /// <summary><c>COB-</c> and six characters of <see cref="Scheduling.ConfirmationCode.Alphabet"/>; unique.</summary>
    public required string ConfirmationCode { get; set; }

    /// <summary>The appointment type's name.</summary>
    public required string Service { get; set; }

    public required string StaffId { get; set; }
    public DateTime StartUtc { get; set; }
    public DateTime EndUtc { get; set; }
    public required string CustomerName { get; set; }
    public required string Email { get; set; }

    /// <summary><see cref="Email"/> lower-cased, for case-insensitive look-ups.</summary>
    public required string EmailNormalized { get; set; }

    /// <summary>E.164, e.g. <c>+19292297209</c>.</summary>
    public required string Phone { get; set; }

    public string? Requirements { get; set; }

    /// <summary>IANA zone the customer booked in, or null when unknown.</summary>
    public string? CustomerTimeZone { get; set; }

    public AppointmentStatus Status { get; set; }

    /// <summary>iCalendar SEQUENCE: 0 when booked, +1 on every reschedule or cancellation.</summary>
    public int Sequence { get; set; }

    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }

    /// <summary>The slot cells this appointment holds while booked.</summary>
    public List<AppointmentSlotClaim> Claims { get; } = [];
}
