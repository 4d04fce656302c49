using CobBot.Scheduling;

namespace CobBot.Tests.Scheduling;

/// <summary>Valid booking requests for tests (fictional customer data).</summary>
internal static class Bookings
{
    public static BookingRequest Request(string service, DateOnly date, TimeOnly time, string? timeZone = null, int customer = 1) => new()
    {
        Service = service,
        Date = date,
        Time = time,
        TimeZone = timeZone,
        Name = $"Jordan Customer{customer}",
        Email = $"customer{customer}@example.com",
        Phone = "(212) 555-0147",
        Requirements = "Interested in the eligibility API.",
    };

    public static async Task<AppointmentDetails> BookAsync(SchedulingTestHost host, string service, DateOnly date, TimeOnly time, string? timeZone = null, int customer = 1)
    {
        var result = await host.Get<BookingService>().BookAsync(Request(service, date, time, timeZone, customer));
        Assert.Equal(BookingStatus.Booked, result.Status);
        return result.Appointment!;
    }
}
