using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CobBot.Cards;
using CobBot.Conversation;
using CobBot.Dialogs.Booking;
using CobBot.Framework.Schema;
using CobBot.Framework.State;
using CobBot.Scheduling;
using CobBot.Tests.App;
using CobBot.Tests.Framework.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CobBot.Tests.Dialogs.Booking;

/// <summary>The booking conversation end to end in the real app: <c>/api/chat</c>, and Teams over <c>/api/messages</c>.</summary>
public sealed class BookingAppTests
{
    private static CobBotAppFactory NewApp(Action<IServiceCollection>? services = null) =>
        new(services: services, time: new FakeTimeProvider(BookingTestHost.DefaultNow));

    [Fact]
    public async Task Books_through_the_chat_api_asking_only_what_the_first_message_did_not_say()
    {
        await using var app = NewApp();
        var client = app.CreateClient();

        var first = await client.ChatAsync("I'd like to book a benefits analysis next Tuesday at 3pm");
        var session = (string)first["session_id"]!;
        Assert.Equal("book_appointment", (string?)first["intent"]);
        Assert.EndsWith(BookingTexts.NameQuestion, (string?)first["response"]);
        foreach (var (answer, question) in new[]
        {
            ("Jordan Lee", BookingTexts.EmailQuestion), ("jordan@example.com", BookingTexts.PhoneQuestion), ("(212) 555-0147", BookingTexts.RequirementsQuestion),
        })
            Assert.Equal(question, (string?)(await client.ChatAsync(answer, session))["response"]);

        var summary = await client.ChatAsync("no", session);
        Assert.StartsWith($"Please confirm your booking: Benefits Analysis, {BookingScript.TuesdayAt3}", (string?)summary["response"]);
        var card = summary["activities"]![0]!["attachments"]![0]!["content"]!;
        Assert.All(BookingCardsReading.Buttons(card.AsObject()), b => Assert.Equal("Action.Submit", (string?)b["type"]));
        var booked = await client.ChatAsync("yes, that's right", session);

        var appointment = Assert.Single(await app.Services.GetRequiredService<AppointmentDirectory>().ListAsync(new AppointmentQuery()));
        Assert.Equal(BookingTexts.Booked(appointment.ConfirmationCode, "Benefits Analysis", BookingScript.TuesdayAt3, "jordan@example.com"), (string?)booked["response"]);
        Assert.Equal(("Jordan Lee", "+12125550147"), (appointment.CustomerName, appointment.Phone));
    }

    [Fact]
    public async Task A_conflicting_save_reruns_the_confirmation_turn_and_books_once()
    {
        var storage = new InterceptingStorage();
        await using var app = NewApp(services => services.AddSingleton<IStorage>(storage));
        var client = app.CreateClient();
        var session = (string)(await client.ChatAsync(BookingScript.EverythingUtterance))["session_id"]!;
        await client.ChatAsync("no", session);
        var interfered = 0;
        // Another instance saves the conversation while the confirmation turn runs: its save conflicts and it runs again.
        storage.BeforeWrite = async changes =>
        {
            if (Interlocked.Exchange(ref interfered, 1) == 1) return;
            var current = await storage.Inner.ReadAsync([.. changes.Keys]);
            await storage.Inner.WriteAsync(current.ToDictionary(p => p.Key, p => p.Value));
        };

        var writesBefore = storage.Writes;
        var booked = await client.ChatAsync("yes", session);

        // The first attempt's save conflicted, the second one's went through.
        Assert.Equal(2, storage.Writes - writesBefore);
        var appointment = Assert.Single(await app.Services.GetRequiredService<AppointmentDirectory>().ListAsync(new AppointmentQuery()));
        Assert.Equal(BookingTexts.Booked(appointment.ConfirmationCode, "Benefits Analysis", BookingScript.TuesdayAt3, "jordan@example.com"), (string?)booked["response"]);
        await using var db = app.CreateDbContext();
        Assert.Single(db.OutboxMessages);
    }

    [Fact]
    public async Task Teams_action_execute_goes_through_the_activity_handler_and_replaces_the_card()
    {
        await using var app = NewApp();
        var client = app.CreateClient();
        var teams = new TeamsConversation(client);
        await teams.ExpectRepliesAsync(Message(BookingScript.EverythingUtterance));
        var summary = (await teams.ExpectRepliesAsync(Message("no")))[0]!["attachments"]![0]!["content"]!.AsObject();
        var cardId = BookingCardsReading.CardId(summary);

        var answer = await teams.InvokeAsync(BookingCards.Confirm, cardId);

        Assert.Equal(200, (int?)answer["statusCode"]);
        Assert.Equal(AdaptiveCardInvokeResponse.CardContentType, (string?)answer["type"]);
        var appointment = Assert.Single(await app.Services.GetRequiredService<AppointmentDirectory>().ListAsync(new AppointmentQuery()));
        Assert.Equal(appointment.ConfirmationCode, BookingCardsReading.Facts(answer["value"]!.AsObject())["Confirmation code"]);

        var again = await teams.InvokeAsync(BookingCards.Confirm, cardId);
        Assert.Equal((AdaptiveCardInvokeResponse.MessageContentType, CardActionTurn.NoLongerActiveText), ((string?)again["type"], (string?)again["value"]));
        Assert.Single(await app.Services.GetRequiredService<AppointmentDirectory>().ListAsync(new AppointmentQuery()));
    }

    [Theory]
    [InlineData("Please cancel my appointment {0}, my email is {1}", "cancel_appointment", "Cancel your Benefits Analysis on Tuesday, March 10, 2026, 3:00 PM")]
    [InlineData("I need to reschedule appointment {0}, email {1}", "reschedule_appointment", AppointmentTexts.NewDayQuestion)]
    [InlineData("What's the status of my appointment {0}? My email is {1}", "appointment_status", "Your Benefits Analysis on Tuesday, March 10, 2026, 3:00 PM")]
    public async Task Appointment_requests_are_routed_to_their_dialogs_with_the_code_and_email_they_gave(string message, string intent, string reply)
    {
        await using var app = NewApp();
        var booked = await app.Services.GetRequiredService<BookingService>().BookAsync(new BookingRequest
        {
            Service = "Benefits Analysis", Date = new DateOnly(2026, 3, 10), Time = new TimeOnly(15, 0),
            Name = "Jordan Lee", Email = "jordan@example.com", Phone = "(212) 555-0147",
        });

        var answer = await app.CreateClient().ChatAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, message, booked.Appointment!.ConfirmationCode, "jordan@example.com"));

        Assert.Equal(intent, (string?)answer["intent"]);
        Assert.Contains(reply, (string?)answer["response"]);
    }

    [Fact]
    public async Task A_booking_card_pressed_after_the_booking_ended_is_answered_without_starting_anything()
    {
        await using var app = NewApp();
        var client = app.CreateClient();
        var webChat = new JsonObject
        {
            ["type"] = "message", ["id"] = "web-1", ["channelId"] = "webchat", ["serviceUrl"] = "https://webchat.example.test/",
            ["from"] = new JsonObject { ["id"] = "user1" }, ["recipient"] = new JsonObject { ["id"] = "bot" },
            ["conversation"] = new JsonObject { ["id"] = "web-conversation" }, ["deliveryMode"] = "expectReplies",
            ["value"] = new JsonObject { ["kind"] = BookingCards.SubmitKind, ["action"] = BookingCards.Confirm, ["cardId"] = Guid.NewGuid().ToString("D") },
        };

        var response = await client.PostAsJsonAsync("/api/messages", webChat);

        var replies = (await response.Content.ReadFromJsonAsync<JsonObject>())!["activities"]!.AsArray();
        Assert.Equal(CardActionTurn.NoLongerActiveText, (string?)replies[^1]!["text"]);
        Assert.Empty(await app.Services.GetRequiredService<AppointmentDirectory>().ListAsync(new AppointmentQuery()));
    }

    private static JsonObject Message(string text) => new() { ["type"] = "message", ["text"] = text };
}
