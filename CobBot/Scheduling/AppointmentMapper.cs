using CobBot.Scheduling.Catalog;
using CobBot.Scheduling.Persistence;
using Microsoft.Extensions.Options;

namespace CobBot.Scheduling;

/// <summary>Turns stored appointments into <see cref="AppointmentDetails"/> in the customer's (or the business) zone.</summary>
internal sealed class AppointmentMapper(SchedulingCatalog catalog, SchedulingTimeZones zones, IOptionsMonitor<SchedulingOptions> options)
{
    public AppointmentDetails ToDetails(Appointment appointment)
    {
        var zone = zones.Resolve(appointment.CustomerTimeZone);
        return new AppointmentDetails(
            appointment.Id,
            appointment.ConfirmationCode,
            appointment.Service,
            catalog.FindStaff(appointment.StaffId)?.Name ?? appointment.StaffId,
            SchedulingTimeZones.InZone(appointment.StartUtc, zone),
            SchedulingTimeZones.InZone(appointment.EndUtc, zone),
            zone,
            appointment.Status,
            appointment.CustomerName,
            appointment.Email,
            appointment.Phone,
            appointment.Requirements,
            SchedulingTimeZones.InZone(appointment.StartUtc - options.CurrentValue.FreeCancellationCutoff, zone),
            appointment.Sequence);
    }
}
