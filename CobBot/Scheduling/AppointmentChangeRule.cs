namespace CobBot.Scheduling;

/// <summary>
/// The free-change rule, for <see cref="AppointmentChangeService"/> that enforces it and the dialogs that explain it
/// before asking anything: a customer may cancel or move a booked appointment until
/// <see cref="AppointmentDetails.FreeCancellationUntil"/> (<see cref="SchedulingOptions.FreeCancellationHours"/> before the
/// start, inclusive); an appointment that has ended cannot be changed by anyone.
/// </summary>
public sealed class AppointmentChangeRule(TimeProvider timeProvider)
{
    /// <summary>Where <paramref name="appointment"/> stands now.</summary>
    public ChangeWindowState Check(AppointmentDetails appointment)
    {
        ArgumentNullException.ThrowIfNull(appointment);
        var now = timeProvider.GetUtcNow();
        if (appointment.Status == AppointmentStatus.Cancelled) return ChangeWindowState.Cancelled;
        if (now >= appointment.End) return ChangeWindowState.Ended;
        return now <= appointment.FreeCancellationUntil ? ChangeWindowState.Open : ChangeWindowState.Closed;
    }
}
