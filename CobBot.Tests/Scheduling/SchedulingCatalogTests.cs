using CobBot.Recognition.Entities;
using CobBot.Scheduling.Catalog;

namespace CobBot.Tests.Scheduling;

public class SchedulingCatalogTests
{
    private static readonly SchedulingCatalog Shipped = SchedulingCatalogLoader.Load(dataDirectory: null);

    [Theory]
    [InlineData("Product Demo", 30)]
    [InlineData("Technical Consultation", 45)]
    [InlineData("Benefits Analysis", 60)]
    [InlineData("Support Session", 30)]
    public void The_shipped_appointment_types_have_the_domain_durations(string name, int minutes)
    {
        var type = Shipped.FindType(name.ToUpperInvariant());

        Assert.NotNull(type);
        Assert.Equal(name, type.Name);
        Assert.Equal(TimeSpan.FromMinutes(minutes), type.Duration);
    }

    [Fact]
    public void Appointment_type_names_are_the_recognizers_service_type_names()
    {
        var recognized = ServiceTypeVocabulary.LoadEmbedded().ServiceTypes.Select(s => s.Name).Order();

        Assert.Equal(recognized, Shipped.Types.Select(t => t.Name).Order());
    }

    [Fact]
    public void Every_staff_member_works_weekdays_nine_to_five_eastern_and_every_type_has_staff()
    {
        Assert.NotEmpty(Shipped.Staff);
        foreach (var member in Shipped.Staff)
        {
            Assert.Equal("America/New_York", member.TimeZone.Id);
            Assert.Equal(
                [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday],
                member.WorkingHours.Select(w => w.Day).Order());
            Assert.All(member.WorkingHours, w => Assert.Equal((new TimeOnly(9, 0), new TimeOnly(17, 0)), (w.Start, w.End)));
        }
        Assert.All(Shipped.Types, type => Assert.NotEmpty(Shipped.StaffFor(type)));
    }

    [Theory]
    [InlineData("2026-07-03", "Independence Day (observed)")]
    [InlineData("2026-11-26", "Thanksgiving Day")]
    [InlineData("2027-12-24", "Christmas Day (observed)")]
    public void US_federal_holidays_2026_and_2027_are_listed(string date, string name)
    {
        Assert.Equal(name, Shipped.HolidayOn(DateOnly.Parse(date))?.Name);
        Assert.Equal(23, Shipped.Holidays.Count);
    }

    [Fact]
    public void A_file_in_the_data_directory_replaces_the_shipped_one()
    {
        var folder = Directory.CreateTempSubdirectory("cobbot-catalog-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, SchedulingCatalogLoader.HolidaysFileName),
                """{ "holidays": [ { "date": "2028-01-03", "name": "Company retreat" } ] }""");

            var catalog = SchedulingCatalogLoader.Load(folder);

            Assert.Equal("Company retreat", Assert.Single(catalog.Holidays).Name);
            Assert.Equal(Shipped.Types.Count, catalog.Types.Count);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("""{ "appointmentTypes": [ { "id": "x", "name": "Quick Chat", "durationMinutes": 20, "description": "" } ] }""", "multiple of 15")]
    [InlineData("""{ "appointmentTypes": [] }""", "unknown appointment type")]
    public void Inconsistent_data_is_rejected_at_load(string typesJson, string expected)
    {
        var folder = Directory.CreateTempSubdirectory("cobbot-catalog-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, SchedulingCatalogLoader.TypesFileName), typesJson);

            var error = Assert.Throws<InvalidOperationException>(() => SchedulingCatalogLoader.Load(folder));

            Assert.Contains(expected, error.Message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
