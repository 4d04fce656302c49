using CobBot.Scheduling.Catalog;

namespace CobBot.Scheduling;

/// <summary>A start time, the staff free for it, and the claimed cells around it.</summary>
internal sealed record OpenSlot(DateTime StartUtc, DateTime EndUtc, IReadOnlyList<StaffMember> FreeStaff, IReadOnlySet<(string StaffId, DateTime CellStartUtc)> Busy)
{
    /// <summary>How far either side of a slot claims count towards "how busy is this person".</summary>
    public static readonly TimeSpan BusyWindow = TimeSpan.FromHours(12);

    /// <summary>
    /// The staff member to assign: <paramref name="preferred"/> if free (a reschedule keeps its person), else the
    /// one with the fewest claimed cells within <see cref="BusyWindow"/>, catalogue order breaking ties.
    /// </summary>
    public StaffMember Choose(string? preferred = null) =>
        FreeStaff.FirstOrDefault(s => s.Id == preferred)
        ?? FreeStaff.OrderBy(s => Busy.Count(b => b.StaffId == s.Id && (b.CellStartUtc - StartUtc).Duration() < BusyWindow)).First();
}
