using CobBot.Conversation;
using CobBot.Recognition;

namespace CobBot.Tests.Dialogs;

public class QuestionRoutingTests
{
    private static RecognizerResult Result(string intent, double score = 0.9, RecognizedEntities? entities = null) =>
        new(intent, score, entities ?? RecognizedEntities.Empty, 0, "test");

    [Theory]
    [InlineData("how much notice do I need to give to cancel the service", Intents.CancelAppointment)]
    [InlineData("if we cancel within the first month do we get a refund?", Intents.CancelAppointment)]
    [InlineData("when was COB founded", Intents.AppointmentStatus)]
    [InlineData("until when can I cancel for free", Intents.CancelAppointment)]
    [InlineData("what uptime do you guarantee", Intents.Help)]
    [InlineData("my claim was denied, what can you do", Intents.Help)]
    public void Policy_questions_recognized_as_actions_may_be_answered(string text, string intent)
    {
        Assert.True(QuestionRouting.MayBeQuestion(text, Result(intent), 0.8));
    }

    [Theory]
    [InlineData("can you cancel my appointment?", Intents.CancelAppointment)]
    [InlineData("I need to move my demo", Intents.RescheduleAppointment)]
    [InlineData("cancel the service", Intents.CancelAppointment)]
    [InlineData("what are your hours", Intents.KbQuery)]
    public void Actions_and_other_intents_are_left_alone(string text, string intent)
    {
        Assert.False(QuestionRouting.MayBeQuestion(text, Result(intent), 0.8));
    }

    [Fact]
    public void A_confirmation_code_makes_it_an_action()
    {
        var entities = new RecognizedEntities { ConfirmationCode = "COB-7K3M9Q" };

        Assert.False(QuestionRouting.MayBeQuestion("when is COB-7K3M9Q?", Result(Intents.AppointmentStatus, entities: entities), 0.8));
    }

    [Fact]
    public void Booking_counts_as_a_question_only_with_low_confidence()
    {
        Assert.False(QuestionRouting.MayBeQuestion("how far ahead must I book", Result(Intents.BookAppointment, 0.9), 0.8));
        Assert.True(QuestionRouting.MayBeQuestion("how far ahead must I book", Result(Intents.BookAppointment, 0.5), 0.8));
    }
}
