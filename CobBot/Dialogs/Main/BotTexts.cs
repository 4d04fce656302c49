namespace CobBot.Dialogs.Main;

/// <summary>What the bot says in more than one dialog.</summary>
public static class BotTexts
{
    /// <summary>The help text: what the bot can do and the words that work everywhere.</summary>
    public const string Help =
        "I'm CobBot, COB Company's virtual assistant. Ask me about our services (medical authorizations, benefits " +
        "verification, medical auditing, billing and denial management), our policies, hours, pricing or integrations. " +
        "At any point you can say **cancel** to stop what we're doing, or **talk to a person** to reach our team.";

    /// <summary>The answer to a message outside what the bot is for (trivia, weather, jokes), shown with the welcome's options.</summary>
    public const string OutOfScope =
        "I can help with COB Company's services — medical authorizations, benefits verification, medical auditing, billing " +
        "and denial management — and with our policies, hours and appointments. Here's what I can do for you:";

    /// <summary>The answer to a request for medical advice.</summary>
    public const string MedicalAdvice =
        "I'm sorry, I can't give medical advice. Please ask a doctor or another qualified clinician — and if it's an " +
        "emergency, call 911 or go to the nearest emergency room. I'm happy to help with COB Company's services.";

    /// <summary>The answer to a greeting.</summary>
    public const string Greeting = "Hello! How can I help you today?";

    /// <summary>The answer to a goodbye.</summary>
    public const string Goodbye = "Thanks for chatting with COB Company. Goodbye!";

    /// <summary>The answer to thanks.</summary>
    public const string Thanks = "You're welcome! Is there anything else I can help you with?";

    /// <summary>Said when a message has no text the bot can read.</summary>
    public const string TextOnly = "Sorry, I can only read text messages. Please type your question.";

    /// <summary>Said when "cancel" arrives while nothing is running.</summary>
    public const string NothingToCancel =
        "There's nothing in progress to cancel. If you want to cancel an appointment, say \"cancel my appointment\".";

    /// <summary>
    /// Offered after a policy answer to a message whose intent was this action (<see cref="Conversation.QuestionRouting"/>),
    /// so a customer who did mean the action knows how to start it.
    /// </summary>
    public static string? ActionOffer(string intent) => intent switch
    {
        Recognition.Intents.CancelAppointment => "If you want to cancel an appointment, say **cancel my appointment** and give your confirmation code.",
        Recognition.Intents.RescheduleAppointment => "If you want to move an appointment, say **reschedule my appointment**.",
        Recognition.Intents.AppointmentStatus => "If you want to check an appointment you booked, say **check my appointment**.",
        Recognition.Intents.BookAppointment => "If you want to book an appointment, say **book an appointment**.",
        _ => null,
    };
}
