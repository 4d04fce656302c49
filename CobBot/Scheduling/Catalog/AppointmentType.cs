namespace CobBot.Scheduling.Catalog;

/// <summary>A bookable kind of appointment, e.g. "Benefits Analysis" (60 minutes).</summary>
/// <param name="Id">Stable slug, e.g. <c>benefits-analysis</c>.</param>
/// <param name="Name">Canonical name; the same names the recognizer's service-type entity uses.</param>
/// <param name="Duration">How long the appointment lasts.</param>
/// <param name="Description">One sentence for customers.</param>
public sealed record AppointmentType(string Id, string Name, TimeSpan Duration, string Description);
