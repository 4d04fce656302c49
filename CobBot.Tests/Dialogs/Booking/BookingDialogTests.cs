using CobBot.Dialogs.Booking;
using CobBot.Framework.Dialogs;
using CobBot.Recognition;
using CobBot.Scheduling;
using Xunit.Abstractions;
using static CobBot.Tests.Dialogs.Booking.BookingCardsReading;

namespace CobBot.Tests.Dialogs.Booking;

// CobBot.Tests.Dialogs (the framework's dialog tests) has sample types of the same names.
using BookingDetails = CobBot.Dialogs.Booking.BookingDetails;
using BookingDialog = CobBot.Dialogs.Booking.BookingDialog;

public sealed class BookingDialogTests(ITestOutputHelper output)
{
    private static readonly DateOnly NextTuesday = new(2026, 3, 10);
    private static readonly string FreeTuesdayTimes = BookingTexts.FreeTimes("Benefits Analysis", NextTuesday, "Eastern Daylight Time");

    /// <summary>What a customer answers to each question.</summary>
    private static readonly Dictionary<string, string> Answers = new()
    {
        [BookingTexts.ServiceQuestion] = "Benefits Analysis",
        [BookingTexts.DateQuestion] = "next Tuesday",
        [FreeTuesdayTimes] = "3pm",
        [BookingTexts.NameQuestion] = "Jordan Lee",
        [BookingTexts.EmailQuestion] = "jordan@example.com",
        [BookingTexts.PhoneQuestion] = "(212) 555-0147",
        [BookingTexts.RequirementsQuestion] = "no",
    };

    public static TheoryData<string, bool, string[]> FirstUtterances => new()
    {
        { "I'd like to book an appointment", false, [BookingTexts.ServiceQuestion, BookingTexts.DateQuestion, FreeTuesdayTimes, BookingTexts.NameQuestion, BookingTexts.EmailQuestion, BookingTexts.PhoneQuestion, BookingTexts.RequirementsQuestion] },
        { "book a benefits analysis", true, [BookingTexts.DateQuestion, FreeTuesdayTimes, BookingTexts.NameQuestion, BookingTexts.EmailQuestion, BookingTexts.PhoneQuestion, BookingTexts.RequirementsQuestion] },
        { "book a benefits analysis next Tuesday", true, [FreeTuesdayTimes, BookingTexts.NameQuestion, BookingTexts.EmailQuestion, BookingTexts.PhoneQuestion, BookingTexts.RequirementsQuestion] },
        { "book a benefits analysis next Tuesday at 3pm", true, [BookingTexts.NameQuestion, BookingTexts.EmailQuestion, BookingTexts.PhoneQuestion, BookingTexts.RequirementsQuestion] },
        { "book a benefits analysis next Tuesday at 3pm", false, [BookingTexts.NameQuestion, BookingTexts.EmailQuestion, BookingTexts.PhoneQuestion, BookingTexts.RequirementsQuestion] },
        { "My name is Jordan Lee, please book a benefits analysis next Tuesday at 3pm, jordan@example.com, (212) 555-0147", true, [BookingTexts.RequirementsQuestion] },
    };

    [Theory]
    [MemberData(nameof(FirstUtterances))]
    public async Task Books_asking_only_what_the_first_utterance_did_not_say(string utterance, bool entitiesAsOptions, string[] expectedQuestions)
    {
        await using var host = await BookingTestHost.StartAsync();
        var options = entitiesAsOptions ? BookingDetails.From(host.Get<IEntityExtractor>().Extract(utterance, TimeZoneInfo.FindSystemTimeZoneById("America/New_York"))) : null;
        var conversation = new BookingConversation(host, host.Get<BookingDialog>(), output, options: options);

        var asked = new List<string>();
        var replies = await conversation.SayAsync(utterance);
        while (Card(replies[^1]) is null)
        {
            var question = replies[^1].Text!;
            asked.Add(question);
            Assert.True(Answers.TryGetValue(question, out var answer), $"Unexpected question: {question}");
            replies = await conversation.SayAsync(answer);
        }

        Assert.Equal(expectedQuestions, asked);
        var summary = Card(replies[^1])!;
        Assert.Equal(BookingTexts.SummaryTitle, Title(summary));
        Assert.Equal(new Dictionary<string, string>
        {
            ["Service"] = "Benefits Analysis",
            ["When"] = "Tuesday, March 10, 2026, 3:00 PM – 4:00 PM Eastern Daylight Time",
            ["Name"] = "Jordan Lee",
            ["Email"] = "jordan@example.com",
            ["Phone"] = "+12125550147",
        }, Facts(summary));
        Assert.Equal(0, await host.CountAsync("Appointments"));

        var confirmation = Assert.Single(await conversation.SayAsync("yes"));

        var appointment = Assert.IsType<AppointmentDetails>(conversation.Result.Result);
        Assert.Equal(DialogTurnStatus.Complete, conversation.Result.Status);
        Assert.Equal(new DateTimeOffset(2026, 3, 10, 15, 0, 0, TimeSpan.FromHours(-4)), appointment.Start);
        Assert.Equal(("Jordan Lee", "jordan@example.com", "+12125550147", null), (appointment.CustomerName, appointment.Email, appointment.Phone, appointment.Requirements));
        Assert.Equal(BookingTexts.BookedTitle, Title(Card(confirmation)!));
        Assert.Equal(appointment.ConfirmationCode, Facts(Card(confirmation)!)["Confirmation code"]);
        Assert.Contains($"Your confirmation code is {appointment.ConfirmationCode}. A confirmation email with a calendar invite was sent to jordan@example.com.", confirmation.Text);
        Assert.Equal(confirmation.Text, confirmation.Summary);
        Assert.Equal(1, await host.CountAsync("Appointments"));
        Assert.Equal(1, await host.CountAsync("OutboxMessages"));
    }

    [Fact]
    public async Task Times_are_offered_and_shown_in_the_customers_time_zone()
    {
        await using var host = await BookingTestHost.StartAsync();
        var conversation = new BookingConversation(host, host.Get<BookingDialog>(), output, timeZone: "America/Los_Angeles");

        var offer = Assert.Single(await conversation.SayAsync("book a benefits analysis next Tuesday"));

        Assert.Equal(BookingTexts.FreeTimes("Benefits Analysis", NextTuesday, "Pacific Daylight Time"), offer.Text);
        // Staff work 9 to 5 Eastern: 6 AM to 2 PM Pacific, the last 60-minute start at 1 PM.
        var titles = offer.SuggestedActions!.Actions.Select(a => a.Title).ToList();
        Assert.Equal(["6:00 AM", "6:30 AM"], titles.Take(2));
        Assert.Equal(["1:00 PM", "Another day"], titles.TakeLast(2));

        await conversation.SayAsync("10:30 AM");
        foreach (var answer in new[] { "Jordan Lee", "jordan@example.com", "(212) 555-0147" }) await conversation.SayAsync(answer);
        var summary = Card(Assert.Single(await conversation.SayAsync("Please have our payer list ready")))!;

        Assert.Equal("Tuesday, March 10, 2026, 10:30 AM – 11:30 AM Pacific Daylight Time", Facts(summary)["When"]);
        Assert.Equal("Please have our payer list ready", Facts(summary)["Notes"]);
        await conversation.SayAsync("confirm");
        var appointment = Assert.IsType<AppointmentDetails>(conversation.Result.Result);
        Assert.Equal(new DateTimeOffset(2026, 3, 10, 17, 30, 0, TimeSpan.Zero), appointment.Start.ToUniversalTime());
        Assert.Equal("America/Los_Angeles", appointment.TimeZone.Id);
    }
}
