using CobBot.Company;
using CobBot.Framework.Dialogs;
using CobBot.Framework.Schema;
using CobBot.Scheduling;
using Microsoft.Extensions.Options;

namespace CobBot.Dialogs.Booking;

/// <summary>
/// The customer-facing side of the free-cancellation rule (<see cref="AppointmentChangeRule"/>, which
/// <see cref="AppointmentChangeService"/> enforces): whether an appointment can still be cancelled or moved in chat
/// and, if not, why, so the dialogs explain it before asking anything.
/// </summary>
public sealed class AppointmentChangeWindow(AppointmentChangeRule rule, IOptionsMonitor<SchedulingOptions> options, IOptionsMonitor<CompanyOptions> company)
{
    /// <summary>Why <paramref name="appointment"/> cannot be <paramref name="verb"/>-ed in chat now (shown in <paramref name="zone"/>), or null when it can.</summary>
    public string? Refusal(AppointmentDetails appointment, string verb, TimeZoneInfo zone) => rule.Check(appointment) switch
    {
        ChangeWindowState.Cancelled => AppointmentTexts.AlreadyCancelled(appointment.ConfirmationCode),
        ChangeWindowState.Ended => AppointmentTexts.AlreadyTookPlace,
        ChangeWindowState.Closed => AppointmentTexts.TooLate(verb, options.CurrentValue.FreeCancellationHours,
            SchedulingText.DateTime(appointment.FreeCancellationUntil, zone), company.CurrentValue.Phone),
        _ => null,
    };

    /// <summary>
    /// A waterfall step after <see cref="FindAppointmentDialog"/>: passes the found appointment on when it can still be
    /// <paramref name="verb"/>-ed in chat; otherwise says why (or, when none was found, nothing more) and ends the dialog.
    /// </summary>
    public WaterfallStep ChangeableStep(string verb) => async (step, cancellationToken) =>
    {
        if (step.Result is not AppointmentDetails appointment) return await step.EndDialogAsync(null, cancellationToken);
        if (Refusal(appointment, verb, ZoneFor(step.Context.Activity, appointment)) is not { } refusal)
            return await step.NextAsync(appointment, cancellationToken);
        await step.Context.SendActivityAsync(refusal, cancellationToken: cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    };

    /// <summary>Whether <paramref name="appointment"/> can still be changed free of charge.</summary>
    public bool IsOpen(AppointmentDetails appointment) => rule.Check(appointment) == ChangeWindowState.Open;

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
