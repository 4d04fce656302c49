using CobBot.Recognition;
using CobBot.Scheduling;

namespace CobBot.Dialogs.Booking;

/// <summary>
/// What <see cref="BookingDialog"/> knows about the booking: its options (pre-filled from the first utterance's
/// entities, so those questions are skipped) and, as it goes, every answer. Kept in the dialog state between turns.
/// </summary>
public sealed class BookingDetails
{
    /// <summary>The appointment type's name, e.g. "Benefits Analysis".</summary>
    public string? Service { get; set; }

    /// <summary>The date, in the customer's zone.</summary>
    public DateOnly? Date { get; set; }

    /// <summary>The start time, in the customer's zone.</summary>
    public TimeOnly? Time { get; set; }

    /// <summary>The customer's name.</summary>
    public string? Name { get; set; }

    /// <summary>The customer's email address.</summary>
    public string? Email { get; set; }

    /// <summary>The customer's phone number.</summary>
    public string? Phone { get; set; }

    /// <summary>Notes for the meeting; empty when the customer has none, null while not asked.</summary>
    public string? Requirements { get; set; }

    /// <summary>The customer's IANA time zone when the channel sent one; null means Eastern.</summary>
    public string? TimeZone { get; set; }

    /// <summary>The booking's idempotency key, fixed when the dialog starts: a retried turn or a second click books nothing twice.</summary>
    public Guid? RequestId { get; set; }

    /// <summary>Details pre-filled from a recognizer's entities (service, date, time, name, email, phone).</summary>
    public static BookingDetails From(RecognizedEntities entities)
    {
        ArgumentNullException.ThrowIfNull(entities);
        return new BookingDetails
        {
            Service = entities.ServiceType,
            Date = entities.Date,
            Time = entities.Time,
            Name = entities.PersonName,
            Email = entities.Email,
            Phone = entities.Phone,
        };
    }

    /// <summary>The request <see cref="BookingService"/> checks and books.</summary>
    public BookingRequest ToRequest() => new()
    {
        Service = Service,
        Date = Date,
        Time = Time,
        TimeZone = TimeZone,
        Name = Name,
        Email = Email,
        Phone = Phone,
        Requirements = Requirements,
        RequestId = RequestId,
    };

    /// <summary>Clears the answers named by <see cref="BookingFields"/> keys so their questions are asked again.</summary>
    public void Forget(IEnumerable<string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        foreach (var field in fields)
        {
            switch (field)
            {
                case BookingFields.ServiceType: Service = null; break;
                case BookingFields.PreferredDate: (Date, Time) = (null, null); break;
                case BookingFields.PreferredTime: Time = null; break;
                case BookingFields.Name: Name = null; break;
                case BookingFields.Email: Email = null; break;
                case BookingFields.Phone: Phone = null; break;
                case BookingFields.Requirements: Requirements = null; break;
                case BookingFields.TimeZone: TimeZone = null; break;
            }
        }
    }
}
