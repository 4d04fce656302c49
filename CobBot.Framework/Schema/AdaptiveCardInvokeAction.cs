using System.Text.Json.Nodes;

namespace CobBot.Framework.Schema;

/// <summary>The <c>Action.Execute</c> that raised an <c>adaptiveCard/action</c> invoke.</summary>
public sealed class AdaptiveCardInvokeAction
{
    /// <summary>The action type; only <c>Action.Execute</c> is valid.</summary>
    public string? Type { get; set; }
    /// <summary>The action's id in the card.</summary>
    public string? Id { get; set; }
    /// <summary>The verb the bot dispatches on, e.g. <c>confirmOrder</c>.</summary>
    public string? Verb { get; set; }
    /// <summary>The button title.</summary>
    public string? Title { get; set; }
    /// <summary>The action's <c>data</c> merged with the card's input values.</summary>
    public JsonNode? Data { get; set; }
}
