using CobBot.Cards;
using CobBot.Dialogs.Knowledge;
using CobBot.Dialogs.Main;
using CobBot.Tests.App;

namespace CobBot.Tests.Chat;

/// <summary>
/// The questions of issue 10's table, each asked through <c>POST /api/chat</c> in a fresh session of one app: each
/// is answered from the article that holds the fact, never by a dialog, a person or the help text.
/// </summary>
public sealed class QuestionAnsweringTests(QuestionAnsweringTests.App app) : IClassFixture<QuestionAnsweringTests.App>
{
    /// <summary>One app for the class; every test starts its own session.</summary>
    public sealed class App : IAsyncLifetime
    {
        public CobBotAppFactory Factory { get; } = new();

        public Task InitializeAsync() => Task.CompletedTask;

        public Task DisposeAsync() => Factory.DisposeAsync().AsTask();
    }

    [Theory]
    [InlineData("what services do you offer", "About COB Company", "Medical Authorizations")]
    [InlineData("tell me about your company", "About COB Company", "Medical Authorizations")]
    [InlineData("when can I reach your support people?", "Support Hours", "4:00 PM to 1:00 AM")]
    [InlineData("how quickly are prior authorizations processed?", "How Long Prior Authorizations Take", "24–48 hours")]
    [InlineData("if we cancel within the first month do we get a refund?", "Refund Policy", "30 days")]
    [InlineData("how much notice do I need to give to cancel the service", "Cancelling Your Subscription", "30 days")]
    [InlineData("when was COB founded", "About COB Company", "2015")]
    [InlineData("what kinds of appointments can I book", "Types of Appointments", "Product Demo")]
    [InlineData("can you check a patient's deductible and copay", "What an Eligibility Check Tells You", "covered")]
    [InlineData("what uptime do you guarantee", "Service Level Agreement (SLA)", "99.9%")]
    public async Task A_question_in_a_fresh_session_is_answered_from_the_article_that_holds_the_fact(string question, string source, string fact)
    {
        var body = await app.Factory.CreateClient().ChatAsync(question);

        var response = (string?)body["response"];
        Assert.Contains($"Source: **{source}**", response);
        Assert.Contains(fact, response);
        Assert.Contains(KnowledgeDialog.HelpfulQuestion, response);
    }

    [Theory]
    [InlineData("until when can I cancel for free", "cancel my appointment")]
    [InlineData("when was COB founded", "check my appointment")]
    public async Task A_question_that_reads_like_an_action_is_answered_and_the_action_offered(string question, string offer)
    {
        var response = (string?)(await app.Factory.CreateClient().ChatAsync(question))["response"];

        Assert.Contains("Source: **", response);
        Assert.Contains($"say **{offer}**", response);
    }

    [Theory]
    [InlineData("cancel my appointment COB-7K3M9Q", "cancel_appointment")]
    [InlineData("I need to move my demo", "reschedule_appointment")]
    [InlineData("check my appointment", "appointment_status")]
    public async Task Actions_still_start_their_dialogs(string message, string intent)
    {
        var body = await app.Factory.CreateClient().ChatAsync(message);

        Assert.Equal(intent, (string?)body["intent"]);
        Assert.DoesNotContain("Source: **", (string?)body["response"]);
    }

    [Theory]
    [InlineData("tell me a joke")]
    [InlineData("what's the weather like today?")]
    public async Task Out_of_scope_gets_the_options_and_no_article(string message)
    {
        var body = await app.Factory.CreateClient().ChatAsync(message);

        var response = (string?)body["response"];
        Assert.EndsWith(BotTexts.OutOfScope, response);
        Assert.DoesNotContain("Source: **", response);
        var actions = body["activities"]!.AsArray().Select(a => a!["suggestedActions"]?["actions"]).Single(a => a is not null)!.AsArray();
        Assert.Equal(WelcomeCard.Actions.Select(a => a.Title), actions.Select(a => (string?)a!["title"]));
    }

    [Theory]
    [InlineData("is this rash serious?")]
    [InlineData("what dose of ibuprofen should I take for my back pain")]
    public async Task Medical_advice_is_declined_and_a_clinician_suggested(string message)
    {
        var response = (string?)(await app.Factory.CreateClient().ChatAsync(message))["response"];

        Assert.EndsWith(BotTexts.MedicalAdvice, response);
        Assert.Contains("clinician", response);
        Assert.DoesNotContain("Source: **", response);
    }

    [Fact]
    public async Task A_question_asked_while_was_this_helpful_waits_is_answered()
    {
        var client = app.Factory.CreateClient();
        var first = await client.ChatAsync("What is your refund policy?");
        Assert.Contains(KnowledgeDialog.HelpfulQuestion, (string?)first["response"]);

        var second = await client.ChatAsync("my claim was denied, what can you do", (string)first["session_id"]!);

        var response = (string?)second["response"];
        Assert.Contains("Source: **Denied Claims and Appeals**", response);
        Assert.DoesNotContain(KnowledgeDialog.FeedbackThanks, response);
    }
}
