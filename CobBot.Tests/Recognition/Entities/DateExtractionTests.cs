namespace CobBot.Tests.Recognition.Entities;

public class DateExtractionTests
{
    [Theory]
    [InlineData("Can we do it today?", "2026-11-25")]
    [InlineData("tomorrow works", "2026-11-26")]
    [InlineData("the day after tomorrow", "2026-11-27")]
    [InlineData("next Tuesday please", "2026-12-01")]
    [InlineData("Tuesday", "2026-12-01")]
    [InlineData("this friday", "2026-11-27")]
    [InlineData("next Friday", "2026-12-04")]
    [InlineData("on Wednesday", "2026-11-25")]
    [InlineData("next wednesday", "2026-12-02")]
    [InlineData("Dec 3", "2026-12-03")]
    [InlineData("Dec. 3rd", "2026-12-03")]
    [InlineData("December 3rd", "2026-12-03")]
    [InlineData("3 December", "2026-12-03")]
    [InlineData("the 3rd of December", "2026-12-03")]
    [InlineData("12/3", "2026-12-03")]
    [InlineData("12/03/2026", "2026-12-03")]
    [InlineData("1/5/27", "2027-01-05")]
    [InlineData("2026-12-03", "2026-12-03")]
    [InlineData("January 5, 2027", "2027-01-05")]
    [InlineData("Nov 2", "2027-11-02")]
    [InlineData("Nov 25", "2026-11-25")]
    [InlineData("book me in for sept 14", "2027-09-14")]
    public void Resolves_dates_against_today_in_New_York(string text, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected), ExtractorFixture.Extract(text).Date);
    }

    [Theory]
    [InlineData("2/30")]
    [InlineData("2026-13-01")]
    [InlineData("I need help with a denial")]
    [InlineData("I may need more time")]
    [InlineData("my email is today@example.com")]
    public void Finds_no_date(string text)
    {
        Assert.Null(ExtractorFixture.Extract(text).Date);
    }

    [Fact]
    public void Next_weekday_said_on_Monday_is_in_the_following_week()
    {
        var monday = new DateTimeOffset(2026, 11, 23, 15, 0, 0, TimeSpan.Zero);
        var extractor = ExtractorFixture.Create(monday);

        Assert.Equal(new DateOnly(2026, 12, 1), extractor.Extract("next Tuesday", ExtractorFixture.NewYork).Date);
        Assert.Equal(new DateOnly(2026, 11, 24), extractor.Extract("Tuesday", ExtractorFixture.NewYork).Date);
    }

    [Theory]
    // 00:30 EDT on 1 Nov 2026, the night the clocks fall back; a fixed −5 h offset would still say 31 Oct.
    [InlineData("2026-11-01T04:30:00Z", "today", "2026-11-01")]
    [InlineData("2026-11-01T04:30:00Z", "tomorrow", "2026-11-02")]
    // 23:30 EST on 1 Nov, after the change: a fixed −4 h offset would already say 2 Nov.
    [InlineData("2026-11-02T04:30:00Z", "today", "2026-11-01")]
    [InlineData("2026-11-02T04:30:00Z", "Monday", "2026-11-02")]
    // 23:30 EST on 7 Mar 2026, hours before the clocks spring forward.
    [InlineData("2026-03-08T04:30:00Z", "today", "2026-03-07")]
    [InlineData("2026-03-08T04:30:00Z", "tomorrow", "2026-03-08")]
    [InlineData("2026-03-08T04:30:00Z", "next Sunday", "2026-03-15")]
    public void Resolves_across_daylight_saving_changes(string utcNow, string text, string expected)
    {
        var extractor = ExtractorFixture.Create(DateTimeOffset.Parse(utcNow));

        Assert.Equal(DateOnly.Parse(expected), extractor.Extract(text, ExtractorFixture.NewYork).Date);
    }

    [Fact]
    public void Today_depends_on_the_given_time_zone()
    {
        var extractor = ExtractorFixture.Create(new DateTimeOffset(2026, 11, 26, 6, 0, 0, TimeSpan.Zero));
        var losAngeles = TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles");

        Assert.Equal(new DateOnly(2026, 11, 26), extractor.Extract("today", ExtractorFixture.NewYork).Date);
        Assert.Equal(new DateOnly(2026, 11, 25), extractor.Extract("today", losAngeles).Date);
    }
}
