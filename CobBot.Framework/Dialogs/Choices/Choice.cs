using CobBot.Framework.Schema;

namespace CobBot.Framework.Dialogs.Choices;

/// <summary>An option offered by a choice prompt.</summary>
public sealed class Choice
{
    /// <summary>Creates an empty choice (for deserialisation).</summary>
    public Choice()
    {
    }

    /// <summary>Creates a choice with a value.</summary>
    public Choice(string value) => Value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>The value returned when the choice is picked; also its title unless <see cref="Action"/> has one.</summary>
    public string Value { get; set; } = string.Empty;

    /// <summary>The button shown for the choice; by default an imBack of <see cref="Value"/>.</summary>
    public CardAction? Action { get; set; }

    /// <summary>Other words the user may say to pick this choice.</summary>
    public IList<string>? Synonyms { get; set; }
}
