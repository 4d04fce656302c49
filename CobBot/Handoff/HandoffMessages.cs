namespace CobBot.Handoff;

/// <summary>What the bot tells the customer around a handoff.</summary>
internal static class HandoffMessages
{
    public const string LeftQueue = "You've left the agent queue and you're back with the bot. How can I help?";
    public const string OfferPrompt = "Would you like one of our agents to call you back, or to book a Support Session?";
    public const string OfferRetry = "Please choose one of the options.";
    public const string CallbackChoice = "Request a callback";
    public const string SupportSessionChoice = "Book a Support Session";
    public const string NoThanksChoice = "No thanks";
    public const string PhonePrompt = "What phone number should we call?";
    public const string PhoneRetry = "That doesn't look like a phone number. Please type it with the area code, for example (212) 555-0147.";
    public const string PreferredTimePrompt = "When is the best time to call you?";
    public const string Declined = "No problem. I'm still here if you need anything else.";
    public const string RatingThanks = "Thank you for your feedback!";

    public static readonly string[] RatingChoices = ["1", "2", "3", "4", "5"];

    public static string Connecting(int position) =>
        $"I'm connecting you with a live agent. {Place(position)} Type \"cancel\" at any time to go back to the bot.";

    public static string StillWaiting(int? position) =>
        position is { } place ? $"You're still waiting for a live agent. {Place(place)}" : "You're already connected with a live agent.";

    public static string AgentJoined(string agent) => $"{agent} from COB support has joined the conversation.";

    public static string AgentsAway(string? nextOpening, string emergencyPhone) =>
        (nextOpening is null ? "Our live agents are offline right now." : $"Our live agents are offline right now; they're back {nextOpening}.")
        + $" For critical issues, call {emergencyPhone} (24/7).";

    public static string CallbackBooked(string ticket, string preferredTime) =>
        $"Done. Your callback ticket is {ticket}; an agent will call you back ({preferredTime}).";

    public static string Resolved(string agent) =>
        $"{agent} has closed the chat and you're back with the bot. How would you rate the help you got, from 1 (poor) to 5 (excellent)?";

    public static string HubFailed(string emergencyPhone) =>
        $"Sorry, I couldn't reach a live agent. I'm back to help, and for critical issues you can call {emergencyPhone} (24/7).";

    private static string Place(int position) =>
        position == 1 ? "You're next in the queue." : $"You're number {position} in the queue.";
}
