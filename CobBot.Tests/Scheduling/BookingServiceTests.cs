using System.Text.RegularExpressions;
using CobBot.Data;
using CobBot.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace CobBot.Tests.Scheduling;

public class BookingServiceTests
{
    private static readonly DateOnly Tuesday = new(2026, 3, 10);

    [Fact]
    public async Task A_booking_stores_the_appointment_its_slot_claims_and_the_confirmation_email_together()
    {
        await using var host = await SchedulingTestHost.StartAsync();

        var result = await host.Get<BookingService>().BookAsync(
            Bookings.Request("benefits analysis", Tuesday, new TimeOnly(7, 0), "America/Los_Angeles") with { Email = "Jordan.C@Example.com " });

        Assert.Equal(BookingStatus.Booked, result.Status);
        var booked = result.Appointment!;
        Assert.Matches(new Regex("^COB-[A-HJ-NP-Z2-9]{6}$"), booked.ConfirmationCode);
        Assert.Equal("Benefits Analysis", booked.Service);
        Assert.Equal(new DateTimeOffset(2026, 3, 10, 7, 0, 0, TimeSpan.FromHours(-7)), booked.Start);
        Assert.Equal(TimeSpan.FromHours(-7), booked.Start.Offset);
        Assert.Equal("America/Los_Angeles", booked.TimeZone.Id);
        Assert.Equal(booked.Start.AddHours(-2), booked.FreeCancellationUntil);

        await using var db = host.CreateDbContext();
        var stored = await db.Appointments.Include(a => a.Claims).SingleAsync();
        Assert.Equal(new DateTime(2026, 3, 10, 14, 0, 0, DateTimeKind.Utc), stored.StartUtc);
        Assert.Equal(DateTimeKind.Utc, stored.StartUtc.Kind);
        Assert.Equal("Jordan.C@Example.com", stored.Email);
        Assert.Equal("jordan.c@example.com", stored.EmailNormalized);
        Assert.Equal("+12125550147", stored.Phone);
        Assert.Equal(AppointmentStatus.Booked, stored.Status);
        Assert.Equal(0, stored.Sequence);
        Assert.Equal(4, stored.Claims.Count);
        Assert.All(stored.Claims, c => Assert.Equal(stored.StaffId, c.StaffId));
        var mail = await db.OutboxMessages.SingleAsync();
        Assert.Equal(0, mail.Attempts);
        Assert.Equal(host.Time.GetUtcNow().UtcDateTime, mail.NextAttemptUtc);
    }

    [Theory]
    [InlineData("email", "not-an-email", "valid email")]
    [InlineData("phone", "12345", "valid phone")]
    [InlineData("service_type", "Massage", "Product Demo, Technical Consultation, Benefits Analysis, Support Session")]
    [InlineData("preferred_date", "2026-03-01", "in the past")]
    [InlineData("preferred_date", "2026-03-02", "at least 24 hours ahead")]
    [InlineData("preferred_date", "2026-03-07", "working days")]
    [InlineData("preferred_date", "2026-05-04", "60 days ahead")]
    [InlineData("preferred_time", "10:15", "not a start time")]
    [InlineData("preferred_time", "17:00", "not a start time")]
    [InlineData("time_zone", "Mars/Olympus", "Unknown time zone")]
    [InlineData("name", " ", "Required")]
    public async Task Each_invalid_field_is_reported_under_its_own_name(string field, string value, string message)
    {
        await using var host = await SchedulingTestHost.StartAsync();
        var request = Bookings.Request("Product Demo", Tuesday, new TimeOnly(10, 0));
        request = field switch
        {
            "email" => request with { Email = value },
            "phone" => request with { Phone = value },
            "service_type" => request with { Service = value },
            "preferred_date" => request with { Date = DateOnly.Parse(value) },
            "preferred_time" => request with { Time = TimeOnly.Parse(value) },
            "time_zone" => request with { TimeZone = value },
            _ => request with { Name = value },
        };

        var result = await host.Get<BookingService>().BookAsync(request);

        Assert.Equal(BookingStatus.Invalid, result.Status);
        Assert.Equal([field], result.Errors.Keys);
        Assert.Contains(message, Assert.Single(result.Errors[field]));
        await using var db = host.CreateDbContext();
        Assert.Equal(0, await db.Appointments.CountAsync());
    }

    [Fact]
    public async Task Validate_checks_without_booking()
    {
        await using var host = await SchedulingTestHost.StartAsync();
        var bookings = host.Get<BookingService>();

        var valid = bookings.Validate(Bookings.Request("Product Demo", Tuesday, new TimeOnly(10, 0)));
        var invalid = bookings.Validate(Bookings.Request("Product Demo", Tuesday, new TimeOnly(10, 0)) with { Phone = "call me" });

        Assert.Empty(valid);
        Assert.Equal([BookingFields.Phone], invalid.Keys);
        await using var db = host.CreateDbContext();
        Assert.Equal(0, await db.Appointments.CountAsync());
    }

    [Fact]
    public async Task A_holiday_is_refused_with_its_name()
    {
        await using var host = await SchedulingTestHost.StartAsync(now: Days.Utc(2026, 6, 15, 14, 0));

        var result = await host.Get<BookingService>().BookAsync(Bookings.Request("Product Demo", new DateOnly(2026, 6, 19), new TimeOnly(10, 0)));

        Assert.Contains("Juneteenth", Assert.Single(result.Errors[BookingFields.PreferredDate]));
    }

    [Fact]
    public async Task Every_problem_is_reported_at_once()
    {
        await using var host = await SchedulingTestHost.StartAsync();

        var result = await host.Get<BookingService>().BookAsync(new BookingRequest
        {
            Service = "Massage", Email = "x@", Phone = "0", Requirements = new string('r', 1001),
        });

        Assert.Equal(
            [BookingFields.Email, BookingFields.Name, BookingFields.Phone, BookingFields.PreferredDate, BookingFields.PreferredTime, BookingFields.Requirements, BookingFields.ServiceType],
            result.Errors.Keys.Order());
    }

    [Fact]
    public async Task The_database_rejects_an_overlapping_claim_even_when_the_service_is_bypassed()
    {
        await using var host = await SchedulingTestHost.StartAsync(dataFiles: SingleStaffCatalog.Files);
        await Bookings.BookAsync(host, "Benefits Analysis", Tuesday, new TimeOnly(10, 0));

        await using var db = host.CreateDbContext();
        var id = Guid.NewGuid();
        db.Appointments.Add(new CobBot.Scheduling.Persistence.Appointment
        {
            Id = id, ConfirmationCode = "COB-TEST22", Service = "Product Demo", StaffId = "solo",
            StartUtc = new DateTime(2026, 3, 10, 14, 30, 0, DateTimeKind.Utc), EndUtc = new DateTime(2026, 3, 10, 15, 0, 0, DateTimeKind.Utc),
            CustomerName = "Other", Email = "o@example.com", EmailNormalized = "o@example.com", Phone = "+12125550147",
        });
        db.AppointmentSlotClaims.AddRange(CobBot.Scheduling.Persistence.AppointmentSlotClaim.Cover(
            id, "solo", new DateTime(2026, 3, 10, 14, 30, 0, DateTimeKind.Utc), new DateTime(2026, 3, 10, 15, 0, 0, DateTimeKind.Utc)));

        var error = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        Assert.True(DbErrors.IsUniqueViolation(error), error.InnerException?.Message);
        Assert.Contains("AppointmentSlotClaims", error.InnerException!.Message);
    }

    [Fact]
    public async Task Bookings_go_to_the_least_busy_qualified_person()
    {
        await using var host = await SchedulingTestHost.StartAsync();

        var first = await Bookings.BookAsync(host, "Benefits Analysis", Tuesday, new TimeOnly(9, 0), customer: 1);
        var second = await Bookings.BookAsync(host, "Benefits Analysis", Tuesday, new TimeOnly(13, 0), customer: 2);

        Assert.NotEqual(first.StaffName, second.StaffName);
    }

    [Fact]
    public async Task Customer_details_never_reach_the_logs()
    {
        await using var host = await SchedulingTestHost.StartAsync(dataFiles: SingleStaffCatalog.Files);
        var service = host.Get<BookingService>();

        await service.BookAsync(Bookings.Request("Product Demo", Tuesday, new TimeOnly(10, 0), customer: 7));
        await service.BookAsync(Bookings.Request("Product Demo", Tuesday, new TimeOnly(10, 0), customer: 8));
        await service.BookAsync(Bookings.Request("Product Demo", Tuesday, new TimeOnly(10, 0), customer: 9) with { Email = "bad" });

        var text = string.Join("\n", host.Logs.Lines.Select(l => l.Message));
        Assert.Contains("Booked appointment", text);
        Assert.Contains("Slot taken", text);
        foreach (var secret in new[] { "Customer7", "Customer8", "customer7@", "customer8@", "555-0147", "5550147", "eligibility API" })
            Assert.DoesNotContain(secret, text, StringComparison.OrdinalIgnoreCase);
    }
}
