using CobBot.Cards;
using CobBot.Conversation;
using CobBot.Dialogs.Booking;
using CobBot.Framework.Dialogs;
using CobBot.Framework.Schema;
using CobBot.Scheduling;
using Xunit.Abstractions;
using static CobBot.Tests.Dialogs.Booking.BookingCardsReading;

namespace CobBot.Tests.Dialogs.Booking;

// CobBot.Tests.Dialogs (the framework's dialog tests) has sample types of the same names.
using BookingDialog = CobBot.Dialogs.Booking.BookingDialog;

public sealed class BookingCardTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(Channels.Webchat)]
    [InlineData(Channels.Directline)]
    [InlineData(Channels.Emulator)]
    public async Task Web_chat_gets_submit_buttons_and_a_new_confirmation_card(string channelId)
    {
        await using var host = await BookingTestHost.StartAsync();
        var conversation = new BookingConversation(host, host.Get<BookingDialog>(), output, channelId);
        var summaryMessage = await BookingScript.ReachSummaryAsync(conversation);
        var summary = Card(summaryMessage)!;

        Assert.Equal("1.5", (string?)summary["version"]);
        Assert.Equal(summaryMessage.Text, (string?)summary["fallbackText"]);
        Assert.Equal(summaryMessage.Text, summaryMessage.Summary);
        Assert.Equal(["Action.Submit:Confirm", "Action.Submit:Change", "Action.Submit:Cancel"], Buttons(summary).Select(b => $"{b["type"]}:{b["title"]}"));

        var replies = await conversation.SubmitAsync(BookingCards.Confirm, CardId(summary), summaryMessage.Id);

        var confirmation = Card(Assert.Single(replies))!;
        Assert.Equal(BookingTexts.BookedTitle, Title(confirmation));
        Assert.Empty(conversation.Updates);
        Assert.IsType<AppointmentDetails>(conversation.Result.Result);
    }

    [Fact]
    public async Task Teams_submit_replaces_the_summary_card_with_the_confirmation()
    {
        await using var host = await BookingTestHost.StartAsync();
        var conversation = new BookingConversation(host, host.Get<BookingDialog>(), output, Channels.Msteams);
        var summaryMessage = await BookingScript.ReachSummaryAsync(conversation);

        var replies = await conversation.SubmitAsync(BookingCards.Confirm, CardId(Card(summaryMessage)!), summaryMessage.Id);

        Assert.Empty(replies);
        var update = Assert.Single(conversation.Updates);
        Assert.Equal(summaryMessage.Id, update.Id);
        var appointment = Assert.IsType<AppointmentDetails>(conversation.Result.Result);
        Assert.Equal(appointment.ConfirmationCode, Facts(Card(update)!)["Confirmation code"]);
        Assert.Equal(update.Text, update.Summary);
    }

    [Fact]
    public async Task Teams_execute_is_answered_with_the_confirmation_card_replacing_the_summary()
    {
        await using var host = await BookingTestHost.StartAsync();
        var conversation = new BookingConversation(host, host.Get<BookingDialog>(), output, Channels.Msteams);
        var summary = Card(await BookingScript.ReachSummaryAsync(conversation))!;

        var actionSet = Assert.Single(summary["body"]!.AsArray(), e => (string?)e!["type"] == "ActionSet")!;
        Assert.Null(summary["actions"]);
        Assert.All(actionSet["actions"]!.AsArray(), action =>
        {
            Assert.Equal("Action.Execute", (string?)action!["type"]);
            Assert.Equal((string?)action["verb"], (string?)action["data"]!["action"]);
            Assert.Equal("Action.Submit", (string?)action["fallback"]!["type"]);
            Assert.Equal(action["data"]!.ToJsonString(), action["fallback"]!["data"]!.ToJsonString());
        });

        var replies = await conversation.ExecuteAsync(BookingCards.Confirm, CardId(summary));

        Assert.Empty(replies);
        var response = conversation.InvokeResponse!;
        Assert.Equal(AdaptiveCardInvokeResponse.CardContentType, response.Type);
        var appointment = Assert.IsType<AppointmentDetails>(conversation.Result.Result);
        Assert.Equal(BookingTexts.BookedTitle, Title(response.Value!.AsObject()));
        Assert.Equal(appointment.ConfirmationCode, Facts(response.Value!.AsObject())["Confirmation code"]);
    }

    [Fact]
    public async Task A_press_on_an_older_card_is_not_taken_for_the_current_one()
    {
        await using var host = await BookingTestHost.StartAsync();
        var conversation = new BookingConversation(host, host.Get<BookingDialog>(), output, Channels.Msteams);
        var summary = Card(await BookingScript.ReachSummaryAsync(conversation))!;

        await conversation.ExecuteAsync(BookingCards.Confirm, Guid.NewGuid());
        Assert.Equal(AdaptiveCardInvokeResponse.Message(CardActionTurn.NoLongerActiveText).Value!.ToJsonString(), conversation.InvokeResponse!.Value!.ToJsonString());
        var retry = Assert.Single(await conversation.SubmitAsync(BookingCards.Confirm, Guid.NewGuid()));
        Assert.Equal(BookingTexts.CardRetry, retry.Text);
        Assert.Equal(DialogTurnStatus.Waiting, conversation.Result.Status);
        Assert.Equal(0, await host.CountAsync("Appointments"));

        await conversation.ExecuteAsync(BookingCards.Confirm, CardId(summary));
        Assert.IsType<AppointmentDetails>(conversation.Result.Result);
    }

    [Theory]
    [InlineData("yes", true)]
    [InlineData("Yes please, book it", true)]
    [InlineData("looks good", true)]
    [InlineData("no, that's not right", false)]
    [InlineData("No, that’s NOT right!", false)]
    [InlineData("nope", false)]
    [InlineData("change the date", false)]
    public async Task Typed_yes_books_and_typed_no_asks_what_to_change(string answer, bool books)
    {
        await using var host = await BookingTestHost.StartAsync();
        var conversation = new BookingConversation(host, host.Get<BookingDialog>(), output);
        await BookingScript.ReachSummaryAsync(conversation);

        var reply = Assert.Single(await conversation.SayAsync(answer));

        if (books)
        {
            Assert.Equal(BookingTexts.BookedTitle, Title(Card(reply)!));
            Assert.Equal(1, await host.CountAsync("Appointments"));
        }
        else
        {
            Assert.StartsWith(BookingTexts.ChangeQuestion, reply.Text);
            Assert.Equal(0, await host.CountAsync("Appointments"));
        }
    }

    [Fact]
    public async Task Something_else_typed_at_the_card_is_asked_again()
    {
        await using var host = await BookingTestHost.StartAsync();
        var conversation = new BookingConversation(host, host.Get<BookingDialog>(), output);
        await BookingScript.ReachSummaryAsync(conversation);

        Assert.Equal(BookingTexts.CardRetry, Assert.Single(await conversation.SayAsync("hmm, not sure")).Text);
        Assert.Equal(DialogTurnStatus.Waiting, conversation.Result.Status);
    }

    [Fact]
    public async Task Cancel_books_nothing_and_replaces_the_card_in_teams()
    {
        await using var host = await BookingTestHost.StartAsync();
        var conversation = new BookingConversation(host, host.Get<BookingDialog>(), output, Channels.Msteams);
        var summaryMessage = await BookingScript.ReachSummaryAsync(conversation);

        var reply = Assert.Single(await conversation.SubmitAsync(BookingCards.Cancel, CardId(Card(summaryMessage)!), summaryMessage.Id));

        Assert.Equal(BookingTexts.NothingBooked, reply.Text);
        Assert.Equal(BookingTexts.NotBookedTitle, Title(Card(Assert.Single(conversation.Updates))!));
        Assert.Equal(DialogTurnStatus.Complete, conversation.Result.Status);
        Assert.Null(conversation.Result.Result);
        Assert.Equal(0, await host.CountAsync("Appointments"));
    }
}
