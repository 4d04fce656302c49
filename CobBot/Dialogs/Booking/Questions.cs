using CobBot.Framework.Builder;
using CobBot.Framework.Dialogs;

namespace CobBot.Dialogs.Booking;

/// <summary>The prompt options of the appointment dialogs' questions.</summary>
internal static class Questions
{
    /// <summary>Asks <paramref name="question"/>; an answer the prompt does not accept gets <paramref name="retry"/>.</summary>
    public static PromptOptions Ask(string question, string retry) => new()
    {
        Prompt = MessageFactory.Text(question),
        RetryPrompt = MessageFactory.Text(retry),
    };

    /// <summary>A yes/no question; an unclear answer gets "Please answer yes or no." and the question again.</summary>
    public static PromptOptions YesNo(string question) => Ask(question, $"Please answer yes or no. {question}");
}
