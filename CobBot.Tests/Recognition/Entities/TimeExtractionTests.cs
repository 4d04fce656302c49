namespace CobBot.Tests.Recognition.Entities;

public class TimeExtractionTests
{
    [Theory]
    [InlineData("3pm", "15:00")]
    [InlineData("3 PM works", "15:00")]
    [InlineData("3:30 pm", "15:30")]
    [InlineData("at 3:30p.m.", "15:30")]
    [InlineData("9 a.m.", "09:00")]
    [InlineData("at 3am", "03:00")]
    [InlineData("12am", "00:00")]
    [InlineData("12pm", "12:00")]
    [InlineData("at 3", "15:00")]
    [InlineData("at 7", "19:00")]
    [InlineData("at 9", "09:00")]
    [InlineData("around 11", "11:00")]
    [InlineData("3 o'clock", "15:00")]
    [InlineData("10:30", "10:30")]
    [InlineData("5:30", "17:30")]
    [InlineData("17:45", "17:45")]
    [InlineData("noon", "12:00")]
    [InlineData("at midnight", "00:00")]
    public void Reads_times_with_business_hours_defaults(string text, string expected)
    {
        Assert.Equal(TimeOnly.Parse(expected), ExtractorFixture.Extract(text).Time);
    }

    [Theory]
    [InlineData("next Tuesday 3pm", "2026-12-01", "15:00")]
    [InlineData("Dec 3 at 10:30", "2026-12-03", "10:30")]
    [InlineData("12/3 at 2", "2026-12-03", "14:00")]
    [InlineData("tomorrow at noon", "2026-11-26", "12:00")]
    [InlineData("December 3rd, 2026 at 4:15 pm", "2026-12-03", "16:15")]
    public void Reads_a_date_and_a_time_together(string text, string date, string time)
    {
        var entities = ExtractorFixture.Extract(text);

        Assert.Equal(DateOnly.Parse(date), entities.Date);
        Assert.Equal(TimeOnly.Parse(time), entities.Time);
    }

    [Theory]
    [InlineData("Dec 3")]
    [InlineData("3 amazing clinics")]
    [InlineData("call me at 929 229 7209")]
    [InlineData("at 25:00")]
    [InlineData("we have 3 locations")]
    public void Finds_no_time(string text)
    {
        Assert.Null(ExtractorFixture.Extract(text).Time);
    }
}
