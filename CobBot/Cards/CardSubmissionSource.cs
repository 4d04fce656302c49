namespace CobBot.Cards;

/// <summary>How a card button press reached the bot.</summary>
public enum CardSubmissionSource
{
    /// <summary><c>Action.Submit</c>: a message whose <c>value</c> is the button's data (Web Chat, Emulator, Teams fallback).</summary>
    Submit,

    /// <summary><c>Action.Execute</c>: a Teams <c>adaptiveCard/action</c> invoke, answered with a replacement card.</summary>
    Execute,
}
