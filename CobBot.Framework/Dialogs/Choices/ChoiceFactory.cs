using System.Globalization;
using CobBot.Framework.Builder;
using CobBot.Framework.Schema;

namespace CobBot.Framework.Dialogs.Choices;

/// <summary>Renders a list of choices as a message, in a <see cref="ListStyle"/>.</summary>
public static class ChoiceFactory
{
    private const int MaxInlineChoices = 3;
    private const int MaxInlineTitleLength = 20;

    /// <summary>Turns plain values into choices.</summary>
    public static List<Choice> ToChoices(IEnumerable<string> values) => values.Select(v => new Choice(v)).ToList();

    /// <summary>A message with <paramref name="text"/> and the choices in <paramref name="style"/>.</summary>
    public static Activity Render(ListStyle style, string? channelId, IReadOnlyList<Choice> choices, string? text = null) => style switch
    {
        ListStyle.Auto => ForChannel(channelId, choices, text),
        ListStyle.Inline => Inline(choices, text),
        ListStyle.List => List(choices, text),
        ListStyle.SuggestedAction => SuggestedAction(choices, text),
        _ => MessageFactory.Text(text ?? string.Empty, inputHint: InputHints.ExpectingInput),
    };

    /// <summary>Suggested actions when the channel supports them, else inline text for up to three short choices, else a list.</summary>
    public static Activity ForChannel(string? channelId, IReadOnlyList<Choice> choices, string? text = null)
    {
        if (Channel.SupportsSuggestedActions(channelId, choices.Count)) return SuggestedAction(choices, text);
        var fitsInline = choices.Count <= MaxInlineChoices && choices.All(c => Title(c).Length <= MaxInlineTitleLength);
        return fitsInline ? Inline(choices, text) : List(choices, text);
    }

    /// <summary>The text followed by "(1) Red, (2) Green, or (3) Blue".</summary>
    public static Activity Inline(IReadOnlyList<Choice> choices, string? text = null)
    {
        var items = choices.Select((c, i) => $"({(i + 1).ToString(CultureInfo.InvariantCulture)}) {Title(c)}").ToList();
        var list = items.Count switch
        {
            0 => string.Empty,
            1 => items[0],
            2 => $"{items[0]} or {items[1]}",
            _ => $"{string.Join(", ", items.Take(items.Count - 1))}, or {items[^1]}",
        };
        return MessageFactory.Text($"{text} {list}".Trim(), inputHint: InputHints.ExpectingInput);
    }

    /// <summary>The text followed by a numbered list, one choice per line.</summary>
    public static Activity List(IReadOnlyList<Choice> choices, string? text = null)
    {
        var lines = choices.Select((c, i) => $"{(i + 1).ToString(CultureInfo.InvariantCulture)}. {Title(c)}");
        var body = string.Join("\n", lines);
        return MessageFactory.Text(string.IsNullOrEmpty(text) ? body : $"{text}\n\n{body}", inputHint: InputHints.ExpectingInput);
    }

    /// <summary>The text with one quick-reply button per choice.</summary>
    public static Activity SuggestedAction(IReadOnlyList<Choice> choices, string? text = null)
    {
        var activity = MessageFactory.Text(text ?? string.Empty, inputHint: InputHints.ExpectingInput);
        activity.SuggestedActions = new SuggestedActions
        {
            Actions = choices.Select(c => c.Action ?? new CardAction(ActionTypes.ImBack, c.Value, c.Value)).ToList(),
        };
        return activity;
    }

    private static string Title(Choice choice) => choice.Action?.Title ?? choice.Value;
}
