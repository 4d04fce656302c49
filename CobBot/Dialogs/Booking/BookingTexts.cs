using CobBot.Scheduling;

namespace CobBot.Dialogs.Booking;

/// <summary>What <see cref="BookingDialog"/> says.</summary>
public static class BookingTexts
{
    public const string Help =
        "I'm booking an appointment for you. Answer the question below, or say **cancel** to stop, or **talk to a person** to reach our team.";
    public const string ServiceQuestion = "Which appointment would you like to book?";
    public const string DateQuestion =
        "What day would you like? Appointments are Monday to Friday, 9 AM to 5 PM Eastern, booked at least 24 hours ahead.";
    public const string DateRetry = "Sorry, I didn't catch a date. Try something like \"next Tuesday\" or \"March 10\".";
    public const string SlotRetry = "Please pick one of the times listed (for example \"the first one\" or \"10:30 AM\"), or say \"another day\".";
    public const string NameQuestion = "What name should I put the booking under?";
    public const string NameRetry = "Please tell me the name for the booking.";
    public const string EmailQuestion = "What email address should I send the confirmation to?";
    public const string EmailRetry = "That doesn't look like an email address. Please enter one like name@example.com.";
    public const string PhoneQuestion = "And a phone number we can reach you on?";
    public const string PhoneRetry =
        "That doesn't look like a valid phone number. Please enter one like (212) 555-0147, or with the country code outside the US.";
    public const string RequirementsQuestion = "Is there anything you'd like us to prepare or know beforehand? Say \"no\" to skip.";
    public const string SummaryTitle = "Please confirm your booking";
    public const string SummaryIntro = "Does everything look right?";
    public const string CardRetry = "Please press Confirm, Change or Cancel on the card, or type yes to book it or no to change something.";
    public const string ChangeQuestion = "What would you like to change?";
    public const string ChangingTitle = "Changing your booking";
    public const string NothingBooked = "Okay, I haven't booked anything. Is there anything else I can help you with?";
    public const string NotBookedTitle = "Not booked";
    public const string BookedTitle = "You're booked!";
    public const string TakenTitle = "That time was just taken";

    /// <summary>Offering a day's free times.</summary>
    public static string FreeTimes(string service, DateOnly date, string zoneName) =>
        $"Here are the free {service} times on {SchedulingText.Date(date)} ({zoneName}). Which one suits you?";

    /// <summary>The asked time is not free; the nearest free ones follow.</summary>
    public static string NotFree(TimeOnly time, DateOnly date) =>
        $"{time.ToString("h:mm tt", System.Globalization.CultureInfo.InvariantCulture)} on {SchedulingText.Date(date)} isn't available. " +
        "These are the nearest free times. Which one suits you?";

    /// <summary>The plain-text summary (activity text, card fallback).</summary>
    public static string Summary(string service, string when, string name, string email, string phone) =>
        $"Please confirm your booking: {service}, {when}, for {name} ({email}, {phone}). Reply yes to book it, or no to change something.";

    /// <summary>The confirmation's sentence about the email.</summary>
    public static string EmailSent(string email) => $"A confirmation email with a calendar invite was sent to {email}.";

    /// <summary>The confirmation as plain text.</summary>
    public static string Booked(string code, string service, string when, string email) =>
        $"You're booked! Your {service} is on {when}. Your confirmation code is {code}. {EmailSent(email)}";

    /// <summary>The slot went to someone else between the summary and the confirmation.</summary>
    public static string SlotJustTaken(string when) => $"Sorry, {when} was booked by someone else a moment ago, so I couldn't book it.";
}
