using CobBot.Framework.Schema;

namespace CobBot.Framework.Builder;

/// <summary>Builds common outgoing message activities.</summary>
public static class MessageFactory
{
    /// <summary>A text message.</summary>
    public static Activity Text(string text, string? speak = null, string inputHint = InputHints.AcceptingInput) =>
        new() { Type = ActivityTypes.Message, Text = text, Speak = speak, InputHint = inputHint, TextFormat = TextFormatTypes.Plain };

    /// <summary>A text message with quick-reply buttons (imBack with the choice as title and value).</summary>
    public static Activity SuggestedActions(IEnumerable<string> choices, string? text = null, string inputHint = InputHints.ExpectingInput)
    {
        var activity = Text(text ?? string.Empty, inputHint: inputHint);
        activity.SuggestedActions = new SuggestedActions
        {
            Actions = choices.Select(c => new CardAction(ActionTypes.ImBack, c, c)).ToList(),
        };
        return activity;
    }

    /// <summary>A message carrying one attachment.</summary>
    public static Activity Attachment(Attachment attachment, string? text = null, string inputHint = InputHints.AcceptingInput)
    {
        var activity = Text(text ?? string.Empty, inputHint: inputHint);
        if (text is null) activity.Text = null;
        activity.Attachments = [attachment];
        return activity;
    }
}
