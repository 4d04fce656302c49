using CobBot.Cards;
using CobBot.Dialogs.Booking;
using CobBot.Scheduling;
using CobBot.Tests.Scheduling;
using Xunit.Abstractions;
using static CobBot.Tests.Dialogs.Booking.BookingCardsReading;

namespace CobBot.Tests.Dialogs.Booking;

// CobBot.Tests.Dialogs (the framework's dialog tests) has sample types of the same names.
using BookingDialog = CobBot.Dialogs.Booking.BookingDialog;

public sealed class BookingChangeTests(ITestOutputHelper output)
{
    private static readonly DateOnly NextTuesday = new(2026, 3, 10);

    [Fact]
    public async Task Change_asks_only_the_chosen_detail_again_and_loops_back_to_the_summary()
    {
        await using var host = await BookingTestHost.StartAsync();
        var conversation = new BookingConversation(host, host.Get<BookingDialog>(), output, "msteams");
        var first = await BookingScript.ReachSummaryAsync(conversation);

        var change = Assert.Single(await conversation.ExecuteAsync(BookingCards.Change, CardId(Card(first)!)));
        Assert.StartsWith(BookingTexts.ChangeQuestion, change.Text);
        Assert.Equal(BookingTexts.ChangingTitle, Title(conversation.InvokeResponse!.Value!.AsObject()));

        Assert.Equal(BookingTexts.DateQuestion, Assert.Single(await conversation.SayAsync("the date")).Text);
        // Teams shows at most three suggested actions, so longer choice lists are numbered in the text.
        Assert.StartsWith(BookingTexts.FreeTimes("Benefits Analysis", new DateOnly(2026, 3, 6), "Eastern Standard Time") + "\n\n1. 9:00 AM\n",
            Assert.Single(await conversation.SayAsync("Friday")).Text);
        var second = Assert.Single(await conversation.SayAsync("10am"));
        Assert.Equal("Friday, March 6, 2026, 10:00 AM – 11:00 AM Eastern Standard Time", Facts(Card(second)!)["When"]);
        Assert.Equal("jordan@example.com", Facts(Card(second)!)["Email"]);

        await conversation.SayAsync("no, that's not right");
        Assert.Equal(BookingTexts.EmailQuestion, Assert.Single(await conversation.SayAsync("Email")).Text);
        var third = Card(Assert.Single(await conversation.SayAsync("it's jordan.lee@example.org")))!;
        Assert.Equal("jordan.lee@example.org", Facts(third)["Email"]);
        Assert.Equal("Friday, March 6, 2026, 10:00 AM – 11:00 AM Eastern Standard Time", Facts(third)["When"]);

        // The first summary is outdated: its Confirm no longer counts.
        await conversation.ExecuteAsync(BookingCards.Confirm, CardId(Card(first)!));
        Assert.Equal(0, await host.CountAsync("Appointments"));
        await conversation.ExecuteAsync(BookingCards.Confirm, CardId(third));
        var appointment = Assert.IsType<AppointmentDetails>(conversation.Result.Result);
        Assert.Equal(("jordan.lee@example.org", new DateTimeOffset(2026, 3, 6, 10, 0, 0, TimeSpan.FromHours(-5))), (appointment.Email, appointment.Start));
    }

    [Fact]
    public async Task A_wanted_time_that_is_not_free_is_said_so_and_the_nearest_free_times_are_offered()
    {
        await using var host = await BookingTestHost.StartAsync(SingleStaffCatalog.Files);
        await host.BookAsync("Benefits Analysis", NextTuesday, new TimeOnly(15, 0));
        var conversation = new BookingConversation(host, host.Get<BookingDialog>(), output);

        var offer = Assert.Single(await conversation.SayAsync("book a benefits analysis next Tuesday at 3pm"));

        Assert.Equal(BookingTexts.NotFree(new TimeOnly(15, 0), NextTuesday), offer.Text);
        // 3:00-4:00 is taken, so 2:30 and 3:30 overlap it; 4:30 would end after 5.
        Assert.Equal(["2:00 PM", "4:00 PM", "1:30 PM", "Another day"], offer.SuggestedActions!.Actions.Select(a => a.Title));
        Assert.Equal(BookingTexts.SlotRetry, Assert.Single(await conversation.SayAsync("3pm")).Text);
        Assert.Equal(BookingTexts.NameQuestion, Assert.Single(await conversation.SayAsync("4pm")).Text);
    }

    [Fact]
    public async Task A_slot_taken_before_the_confirmation_offers_the_nearest_free_times_and_books_the_new_pick()
    {
        await using var host = await BookingTestHost.StartAsync(SingleStaffCatalog.Files);
        var conversation = new BookingConversation(host, host.Get<BookingDialog>(), output, "msteams");
        var summaryMessage = await BookingScript.ReachSummaryAsync(conversation);
        await host.BookAsync("Benefits Analysis", NextTuesday, new TimeOnly(15, 0));

        var replies = await conversation.SubmitAsync(BookingCards.Confirm, CardId(Card(summaryMessage)!), summaryMessage.Id);

        Assert.Equal(2, replies.Count);
        Assert.Equal(BookingTexts.SlotJustTaken(BookingScript.TuesdayAt3), replies[0].Text);
        Assert.Equal($"{BookingTexts.NotFree(new TimeOnly(15, 0), NextTuesday)}\n\n1. 2:00 PM\n2. 4:00 PM\n3. 1:30 PM\n4. Another day", replies[1].Text);
        Assert.Equal(BookingTexts.TakenTitle, Title(Card(Assert.Single(conversation.Updates))!));

        var summary = Card(Assert.Single(await conversation.SayAsync("the second one")))!;
        Assert.Equal("Tuesday, March 10, 2026, 4:00 PM – 5:00 PM Eastern Daylight Time", Facts(summary)["When"]);
        await conversation.ExecuteAsync(BookingCards.Confirm, CardId(summary));
        Assert.IsType<AppointmentDetails>(conversation.Result.Result);
        Assert.Equal(2, await host.CountAsync("Appointments"));
    }

    [Theory]
    [InlineData("book a benefits analysis on Saturday", "We don't have appointments on Saturday, March 7, 2026: appointments are Monday to Friday.")]
    [InlineData("book a benefits analysis today", "Monday, March 2, 2026 is too soon: appointments must be booked at least 24 hours ahead.")]
    [InlineData("book a benefits analysis on 2026-02-27", "Friday, February 27, 2026 has already passed.")]
    [InlineData("book a benefits analysis on June 1", "Monday, June 1, 2026 is too far ahead: appointments can be booked up to 60 days in advance.")]
    public async Task A_day_without_free_times_is_explained_and_asked_again(string utterance, string problem)
    {
        await using var host = await BookingTestHost.StartAsync();
        var conversation = new BookingConversation(host, host.Get<BookingDialog>(), output);

        var replies = await conversation.SayAsync(utterance);

        Assert.Equal([problem, BookingTexts.DateQuestion], replies.Select(r => r.Text));
    }

    [Fact]
    public async Task Another_day_asks_for_the_day_again()
    {
        await using var host = await BookingTestHost.StartAsync();
        var conversation = new BookingConversation(host, host.Get<BookingDialog>(), output);
        await conversation.SayAsync("book a product demo next Tuesday");

        Assert.Equal(BookingTexts.DateQuestion, Assert.Single(await conversation.SayAsync("a different day please")).Text);
        Assert.Equal(BookingTexts.NameQuestion, Assert.Single(await conversation.SayAsync("Wednesday at 11:30")).Text);
    }

    [Fact]
    public async Task Invalid_contact_details_are_asked_again()
    {
        await using var host = await BookingTestHost.StartAsync();
        var conversation = new BookingConversation(host, host.Get<BookingDialog>(), output);
        await conversation.SayAsync("book a support session next Tuesday at 10am");

        Assert.Equal(BookingTexts.EmailQuestion, Assert.Single(await conversation.SayAsync("my name is Sam Rivera")).Text);
        Assert.Equal(BookingTexts.EmailRetry, Assert.Single(await conversation.SayAsync("sam at example dot com")).Text);
        Assert.Equal(BookingTexts.PhoneQuestion, Assert.Single(await conversation.SayAsync("sam@example.com")).Text);
        Assert.Equal(BookingTexts.PhoneRetry, Assert.Single(await conversation.SayAsync("12345")).Text);
        Assert.Equal(BookingTexts.RequirementsQuestion, Assert.Single(await conversation.SayAsync("+44 20 7946 0958")).Text);
        var summary = Card(Assert.Single(await conversation.SayAsync("nothing")))!;

        Assert.Equal(("Sam Rivera", "sam@example.com", "+442079460958"), (Facts(summary)["Name"], Facts(summary)["Email"], Facts(summary)["Phone"]));
        Assert.False(Facts(summary).ContainsKey("Notes"));
    }

    [Fact]
    public async Task Details_the_booking_rules_reject_are_explained_and_asked_again_before_the_summary()
    {
        await using var host = await BookingTestHost.StartAsync();
        var conversation = new BookingConversation(host, host.Get<BookingDialog>(), output);
        await conversation.SayAsync(BookingScript.EverythingUtterance);

        var replies = await conversation.SayAsync(new string('x', 1001));

        Assert.Equal(["At most 1000 characters.", BookingTexts.RequirementsQuestion], replies.Select(r => r.Text));
        Assert.NotNull(Card(Assert.Single(await conversation.SayAsync("Bring the payer list"))));
    }
}
