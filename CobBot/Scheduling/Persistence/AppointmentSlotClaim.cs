namespace CobBot.Scheduling.Persistence;

/// <summary>
/// One fixed-length cell of a staff member's time held by a booked appointment. The primary key
/// (<see cref="StaffId"/>, <see cref="CellStartUtc"/>) is what makes double booking impossible: two appointments
/// that overlap for the same person would need the same row. Cancelling deletes the claims.
/// </summary>
public sealed class AppointmentSlotClaim
{
    /// <summary>Length of one cell. Durations, working hours and the slot granularity are multiples of it.</summary>
    public static readonly TimeSpan CellLength = TimeSpan.FromMinutes(15);

    public required string StaffId { get; set; }
    public DateTime CellStartUtc { get; set; }
    public Guid AppointmentId { get; set; }

    /// <summary>The cells covering [<paramref name="startUtc"/>, <paramref name="endUtc"/>) for <paramref name="staffId"/>.</summary>
    public static IEnumerable<AppointmentSlotClaim> Cover(Guid appointmentId, string staffId, DateTime startUtc, DateTime endUtc) =>
        Cells(startUtc, endUtc).Select(cell => new AppointmentSlotClaim { AppointmentId = appointmentId, StaffId = staffId, CellStartUtc = cell });

    /// <summary>Start instants of the cells covering [<paramref name="startUtc"/>, <paramref name="endUtc"/>).</summary>
    public static IEnumerable<DateTime> Cells(DateTime startUtc, DateTime endUtc)
    {
        for (var cell = startUtc; cell < endUtc; cell += CellLength)
            yield return cell;
    }
}
