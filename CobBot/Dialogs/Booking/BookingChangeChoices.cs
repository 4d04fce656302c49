using CobBot.Framework.Dialogs.Choices;
using CobBot.Scheduling;

namespace CobBot.Dialogs.Booking;

/// <summary>The details the customer can pick to change on the booking summary, and the <see cref="BookingFields"/> key of each.</summary>
internal static class BookingChangeChoices
{
    private const string Service = "Service";
    private const string DateTime = "Date and time";
    private const string Name = "Name";
    private const string Email = "Email";
    private const string Phone = "Phone";
    private const string Notes = "Notes";

    /// <summary>The choices, with the words that pick them.</summary>
    public static IReadOnlyList<Choice> All { get; } =
    [
        new(Service) { Synonyms = ["appointment type", "type", "appointment"] },
        new(DateTime) { Synonyms = ["date", "time", "day", "when"] },
        new(Name),
        new(Email) { Synonyms = ["email address", "e-mail"] },
        new(Phone) { Synonyms = ["phone number", "number"] },
        new(Notes) { Synonyms = ["requirements", "note"] },
    ];

    /// <summary>The <see cref="BookingFields"/> key of the picked choice.</summary>
    public static string Field(string choice) => choice switch
    {
        Service => BookingFields.ServiceType,
        DateTime => BookingFields.PreferredDate,
        Name => BookingFields.Name,
        Email => BookingFields.Email,
        Phone => BookingFields.Phone,
        _ => BookingFields.Requirements,
    };
}
