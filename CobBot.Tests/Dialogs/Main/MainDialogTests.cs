using CobBot.Dialogs.Booking;
using CobBot.Dialogs.Knowledge;
using CobBot.Dialogs.Main;
using CobBot.Framework.Schema;
using CobBot.Framework.State;
using CobBot.Framework.Testing;
using CobBot.Handoff;
using CobBot.Tests.App;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;

namespace CobBot.Tests.Dialogs.Main;

/// <summary>MainDialog as the root of a conversation, with the app's real knowledge base, state and dialogs.</summary>
public sealed class MainDialogTests(ITestOutputHelper output)
{
    private const string Refund = "What is your refund policy?";
    private const string Unanswered = "How do I apply for a job at COB Company?";

    public static TheoryData<DialogScript> Conversations => new()
    {
        new("greeting", [("hello", [BotTexts.Greeting])]),
        new("small talk", [("thanks a lot", [BotTexts.Thanks]), ("bye", [BotTexts.Goodbye])]),
        new("help when idle", [("help", [BotTexts.Help])]),
        new("knowledge answer names its source", [(Refund, ["full refund within 30 days … Source: **Refund Policy**", KnowledgeDialog.HelpfulQuestion])]),
        new("personal details are no search terms", [("What is your refund policy? I'm ada@example.com", ["full refund … Source: **Refund Policy**", KnowledgeDialog.HelpfulQuestion])]),
        new("help mid-dialog, then the question resumes", [
            (Refund, ["Source: **Refund Policy**", KnowledgeDialog.HelpfulQuestion]),
            ("help", [BotTexts.Help, KnowledgeDialog.HelpfulQuestion]),
            ("yes", [KnowledgeDialog.FeedbackThanks])]),
        new("cancel stops the flow", [
            (Refund, ["Source:", KnowledgeDialog.HelpfulQuestion]),
            ("cancel", [CobBotComponentDialog.CancelledText]),
            ("hello", [BotTexts.Greeting])]),
        new("cancel with nothing running", [("cancel", [BotTexts.NothingToCancel])]),
        new("unknown question about COB: no guess, a person offered", [
            (Unanswered, [KnowledgeDialog.NotFoundText, KnowledgeDialog.OfferHumanText]),
            ("yes", [HandoffMessages.Connecting(1)])]),
        new("unknown question, person declined", [
            (Unanswered, [KnowledgeDialog.NotFoundText, KnowledgeDialog.OfferHumanText]),
            ("no thanks", [KnowledgeDialog.NoHumanText])]),
        new("out of scope: the options, never an article, and no miss", [
            ("What's the weather on Mars?", [BotTexts.OutOfScope]),
            ("tell me a joke", [BotTexts.OutOfScope]),
            ("what is the capital of france", [BotTexts.OutOfScope])]),
        new("medical advice is declined, and no miss", [
            ("is this rash serious?", [BotTexts.MedicalAdvice]),
            ("should I take ibuprofen for my back pain", [BotTexts.MedicalAdvice]),
            ("can you diagnose my cough", [BotTexts.MedicalAdvice])]),
        new("an out-of-scope message while was this helpful waits ends the question", [
            (Refund, ["Source: **Refund Policy**", KnowledgeDialog.HelpfulQuestion]),
            ("what's the weather like today?", [BotTexts.OutOfScope]),
            ("hello", [BotTexts.Greeting])]),
        new("follow-up resolved against the previous question", [
            ("What are your support hours?", ["4:00 PM … Source: **Support Hours**", KnowledgeDialog.HelpfulQuestion]),
            ("and the sales team?", ["9:00 AM … Source: **Sales Hours and Talking to Sales**", KnowledgeDialog.HelpfulQuestion])]),
        new("a question while the booking asks for a day is answered, then the day asked again", [
            ("I'd like to book a product demo", [BookingTexts.DateQuestion]),
            ("what are your support hours?", ["4:00 PM … Source: **Support Hours**", BookingTexts.DateQuestion]),
            ("next Tuesday", ["Here are the free Product Demo times on Tuesday, December 1, 2026"])]),
        new("talk to a human mid-dialog", [
            (Refund, ["Source:", KnowledgeDialog.HelpfulQuestion]),
            ("talk to a person", [HandoffMessages.Connecting(1)])]),
        new("talk to a human when idle", [("I want to talk to a person", [HandoffMessages.Connecting(1)])]),
        new("a new question instead of feedback is answered", [
            (Refund, ["Source: **Refund Policy**", KnowledgeDialog.HelpfulQuestion]),
            ("What are your support hours?", ["Source: **Support Hours**", KnowledgeDialog.HelpfulQuestion])]),
        new("multi-turn memory: a follow-up about 'it'", [
            ("What is a technical consultation?", ["45-minute … Source: **Technical Consultation**", KnowledgeDialog.HelpfulQuestion]),
            ("yes", [KnowledgeDialog.FeedbackThanks]),
            ("How long is it?", ["45-minute … Source: **Technical Consultation**", KnowledgeDialog.HelpfulQuestion])]),
        new("multi-turn memory: booking what was asked about", [
            ("What is the product demo?", ["Source: **Product Demo**", KnowledgeDialog.HelpfulQuestion]),
            ("yes", [KnowledgeDialog.FeedbackThanks]),
            ("I want to book one", [BookingTexts.DateQuestion]),
            ("next Tuesday", ["Here are the free Product Demo times on Tuesday, December 1, 2026"])]),
    };

    /// <summary>Wednesday 25 Nov 2026, 5:00 PM in New York: support is open.</summary>
    private static readonly DateTimeOffset SupportOpen = new(2026, 11, 25, 22, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(Conversations))]
    public async Task Conversation(DialogScript script)
    {
        await using var app = new CobBotAppFactory(time: new FakeTimeProvider(SupportOpen));
        var client = NewClient(app);

        foreach (var (user, expected) in script.Turns)
        {
            var replies = await ExchangeAsync(client, user);
            Assert.Equal(expected.Length, replies.Count);
            foreach (var (parts, reply) in expected.Zip(replies))
            {
                var position = 0;
                foreach (var part in parts.Split(" … "))
                {
                    var found = reply?.IndexOf(part, position, StringComparison.Ordinal) ?? -1;
                    Assert.True(found >= 0, $"Expected \"{part}\" in \"{reply}\".");
                    position = found + part.Length;
                }
            }
        }
    }

    [Fact]
    public async Task After_hours_a_person_is_offered_as_a_callback_or_a_support_session()
    {
        // Wednesday 25 Nov 2026, 9:00 AM in New York: agents are back at 4 PM.
        await using var app = new CobBotAppFactory(time: new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 14, 0, 0, TimeSpan.Zero)));
        var client = NewClient(app);

        var away = await ExchangeAsync(client, "talk to a person");
        var session = await ExchangeAsync(client, HandoffMessages.SupportSessionChoice);

        Assert.StartsWith("Our live agents are offline right now; they're back", away[0]);
        Assert.StartsWith(HandoffMessages.OfferPrompt, away[1]);
        Assert.Equal(BookingTexts.DateQuestion, Assert.Single(session));
        Assert.StartsWith("Here are the free Support Session times on Tuesday, December 1, 2026", Assert.Single(await ExchangeAsync(client, "next Tuesday")));
    }

    [Theory]
    [InlineData("yes", true)]
    [InlineData("no", false)]
    public async Task Feedback_is_stored_against_the_article(string answer, bool helpful)
    {
        await using var app = new CobBotAppFactory();
        var client = NewClient(app);
        await client.SendActivityAsync<Activity>(Refund);
        while (client.GetNextReply<Activity>() is not null) { }

        var reply = await client.SendActivityAsync<Activity>(answer);

        Assert.Equal(helpful ? KnowledgeDialog.FeedbackThanks : KnowledgeDialog.FeedbackSorry, reply?.Text);
        await using var db = app.CreateDbContext();
        var feedback = Assert.Single(await db.KnowledgeFeedback.ToListAsync());
        Assert.Equal(("refund-policy", helpful), (feedback.ArticleId, feedback.Helpful));
    }

    /// <summary>Sends <paramref name="text"/> and returns the texts of the messages the bot answered with (events skipped).</summary>
    private static async Task<List<string?>> ExchangeAsync(DialogTestClient client, string text)
    {
        var replies = new List<Activity?> { await client.SendActivityAsync<Activity>(text) };
        for (var next = client.GetNextReply<Activity>(); next is not null; next = client.GetNextReply<Activity>()) replies.Add(next);
        return [.. replies.Where(r => r?.Type == ActivityTypes.Message).Select(r => r!.Text)];
    }

    private DialogTestClient NewClient(CobBotAppFactory app) => new(
        Channels.Test,
        app.Services.GetRequiredService<MainDialog>(),
        middlewares: [new DialogTestLogger(output.WriteLine)],
        conversationState: app.Services.GetRequiredService<ConversationState>());
}
