using CobBot.Scheduling;
using CobBot.Scheduling.Catalog;
using Microsoft.Extensions.Options;

namespace CobBot.Dialogs.Booking;

/// <summary>
/// Turns the real availability into what the booking and reschedule dialogs offer: a day without free times is
/// explained; a wanted time that is free is taken as it is; one that is not gets the nearest free times (within two
/// weeks, nearest first); no time gets all of the day's free times.
/// </summary>
public sealed class SlotOffers(AvailabilityService availability, IOptionsMonitor<SchedulingOptions> options)
{
    /// <summary>What to offer for <paramref name="service"/> on <paramref name="date"/> (at <paramref name="time"/>), in <paramref name="zone"/>.</summary>
    public async Task<SlotOffer> FindAsync(AppointmentType service, DateOnly date, TimeOnly? time, TimeZoneInfo zone, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(service);
        var day = await availability.GetDayAsync(service, date, zone, cancellationToken);
        if (day.Status != DayStatus.Open) return new SlotOffer(Problem(day), false, "", []);

        var text = BookingTexts.FreeTimes(service.Name, date, SchedulingText.ZoneName(zone, day.Slots[0].Start));
        if (time is not { } wanted) return new SlotOffer(null, false, text, day.Slots);
        if (day.Slots.Any(s => TimeOnly.FromTimeSpan(s.Start.TimeOfDay) == wanted)) return new SlotOffer(null, true, text, day.Slots);

        var around = SchedulingTimeZones.ToUtc(date, wanted, zone) ?? SchedulingTimeZones.StartOfDayUtc(date, zone);
        var nearest = await availability.FindNearestAsync(service, new DateTimeOffset(around), zone, cancellationToken);
        return new SlotOffer(null, false, BookingTexts.NotFree(wanted, date), nearest.Count > 0 ? nearest : day.Slots);
    }

    private string Problem(DayAvailability day)
    {
        var date = SchedulingText.Date(day.Date);
        var settings = options.CurrentValue;
        return day.Status switch
        {
            DayStatus.Past => $"{date} has already passed.",
            DayStatus.BeyondHorizon => $"{date} is too far ahead: appointments can be booked up to {settings.HorizonDays} days in advance.",
            DayStatus.NonWorkingDay => $"We don't have appointments on {date}: appointments are Monday to Friday.",
            DayStatus.Holiday => $"{date} is a holiday ({day.HolidayName}), so we're closed.",
            DayStatus.InsideLeadTime => $"{date} is too soon: appointments must be booked at least {settings.LeadTimeHours} hours ahead.",
            _ => $"Sorry, {date} is fully booked for a {day.Service.Name}.",
        };
    }
}
