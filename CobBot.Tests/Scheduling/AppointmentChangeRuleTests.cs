using CobBot.Scheduling;
using Microsoft.Extensions.Time.Testing;

namespace CobBot.Tests.Scheduling;

public class AppointmentChangeRuleTests
{
    private static readonly TimeZoneInfo Eastern = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    private static readonly DateTimeOffset Start = new(2026, 3, 10, 15, 0, 0, TimeSpan.FromHours(-4));
    private static readonly DateTimeOffset FreeUntil = Start.AddHours(-2);
    private static readonly DateTimeOffset End = Start.AddHours(1);

    [Theory]
    [InlineData(-60, ChangeWindowState.Open)]
    [InlineData(0, ChangeWindowState.Open)]
    [InlineData(1, ChangeWindowState.Closed)]
    [InlineData(120, ChangeWindowState.Closed)]
    [InlineData(179, ChangeWindowState.Closed)]
    [InlineData(180, ChangeWindowState.Ended)]
    [InlineData(600, ChangeWindowState.Ended)]
    public void A_booked_appointment_is_open_until_the_free_change_deadline_inclusive_and_ended_from_its_end(int minutesAfterDeadline, ChangeWindowState expected)
    {
        var rule = new AppointmentChangeRule(new FakeTimeProvider(FreeUntil.AddMinutes(minutesAfterDeadline)));

        Assert.Equal(expected, rule.Check(Appointment(AppointmentStatus.Booked)));
    }

    [Fact]
    public void The_deadline_is_exact_to_the_tick()
    {
        Assert.Equal(ChangeWindowState.Open, new AppointmentChangeRule(new FakeTimeProvider(FreeUntil)).Check(Appointment(AppointmentStatus.Booked)));
        Assert.Equal(ChangeWindowState.Closed, new AppointmentChangeRule(new FakeTimeProvider(FreeUntil.AddTicks(1))).Check(Appointment(AppointmentStatus.Booked)));
        Assert.Equal(ChangeWindowState.Closed, new AppointmentChangeRule(new FakeTimeProvider(End.AddTicks(-1))).Check(Appointment(AppointmentStatus.Booked)));
        Assert.Equal(ChangeWindowState.Ended, new AppointmentChangeRule(new FakeTimeProvider(End)).Check(Appointment(AppointmentStatus.Booked)));
    }

    [Theory]
    [InlineData(-60)]
    [InlineData(600)]
    public void A_cancelled_appointment_is_cancelled_before_and_after_its_end(int minutesAfterDeadline)
    {
        var rule = new AppointmentChangeRule(new FakeTimeProvider(FreeUntil.AddMinutes(minutesAfterDeadline)));

        Assert.Equal(ChangeWindowState.Cancelled, rule.Check(Appointment(AppointmentStatus.Cancelled)));
    }

    private static AppointmentDetails Appointment(AppointmentStatus status) => new(
        Guid.NewGuid(), "COB-7K3M9Q", "Product Demo", "Alex", Start, End, Eastern, status,
        "Jordan Lee", "jordan@example.com", "+12125550147", null, FreeUntil, 0);
}
