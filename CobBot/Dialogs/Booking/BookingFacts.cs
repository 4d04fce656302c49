using CobBot.Cards;
using CobBot.Scheduling;

namespace CobBot.Dialogs.Booking;

/// <summary>The facts the booking cards list.</summary>
internal static class BookingFacts
{
    /// <summary>The summary's facts: service, when, name, email, phone and, when there are any, the notes.</summary>
    public static List<CardFact> Summary(BookingDetails booking, string when)
    {
        List<CardFact> facts =
        [
            new("Service", booking.Service!),
            new("When", when),
            new("Name", booking.Name!),
            new("Email", booking.Email!),
            new("Phone", booking.Phone!),
        ];
        if (!string.IsNullOrEmpty(booking.Requirements)) facts.Add(new CardFact("Notes", booking.Requirements));
        return facts;
    }

    /// <summary>The confirmation's facts.</summary>
    public static List<CardFact> Confirmed(AppointmentDetails appointment, string when) =>
    [
        new("Confirmation code", appointment.ConfirmationCode),
        new("Service", appointment.Service),
        new("When", when),
        new("With", appointment.StaffName),
        new("Name", appointment.CustomerName),
    ];
}
