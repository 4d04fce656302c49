using CobBot.Company;
using CobBot.Framework.Schema;
using CobBot.Scheduling;
using Microsoft.Extensions.Options;

namespace CobBot.Dialogs.Booking;

/// <summary>
/// The customer-facing side of the free-cancellation rule: whether an appointment can still be cancelled or moved in
/// chat (until <see cref="AppointmentDetails.FreeCancellationUntil"/>, 2 hours before the start) and, if not, why, so
/// the dialogs explain it before asking anything. <see cref="AppointmentChangeService"/> enforces the same rule.
/// </summary>
public sealed class AppointmentChangeWindow(TimeProvider timeProvider, IOptionsMonitor<SchedulingOptions> options, IOptionsMonitor<CompanyOptions> company)
{
    /// <summary>Why <paramref name="appointment"/> cannot be <paramref name="verb"/>-ed in chat now (shown in <paramref name="zone"/>), or null when it can.</summary>
    public string? Refusal(AppointmentDetails appointment, string verb, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(appointment);
        var now = timeProvider.GetUtcNow();
        if (appointment.Status == AppointmentStatus.Cancelled) return AppointmentTexts.AlreadyCancelled(appointment.ConfirmationCode);
        if (now >= appointment.End) return AppointmentTexts.AlreadyTookPlace;
        if (now <= appointment.FreeCancellationUntil) return null;
        var settings = options.CurrentValue;
        return AppointmentTexts.TooLate(verb, settings.FreeCancellationHours, SchedulingText.DateTime(appointment.FreeCancellationUntil, zone), company.CurrentValue.Phone);
    }

    /// <summary>Whether <paramref name="appointment"/> can still be changed free of charge.</summary>
    public bool IsOpen(AppointmentDetails appointment) =>
        appointment.Status == AppointmentStatus.Booked && timeProvider.GetUtcNow() <= appointment.FreeCancellationUntil;

    /// <summary>The zone to show times in: the customer's when the channel sends it, else the one the appointment was booked in.</summary>
    public static TimeZoneInfo ZoneFor(Activity activity, AppointmentDetails appointment)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(appointment);
        return SchedulingTimeZones.Find(activity.LocalTimezone) ?? appointment.TimeZone;
    }

    /// <summary>"Tuesday, March 3, 2026, 3:00 PM – 4:00 PM Eastern Standard Time".</summary>
    public static string When(AppointmentDetails appointment, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(appointment);
        return SchedulingText.Range(appointment.Start, appointment.End, zone);
    }
}
