using System.Text.Json.Nodes;

namespace CobBot.Framework.Schema;

/// <summary>The <c>value</c> of an <c>adaptiveCard/action</c> invoke (Universal Actions).</summary>
public sealed class AdaptiveCardInvokeValue
{
    /// <summary>The clicked (or refresh) action.</summary>
    public AdaptiveCardInvokeAction? Action { get; set; }
    /// <summary><c>manual</c> (a click) or <c>automatic</c> (a refresh).</summary>
    public string? Trigger { get; set; }
    /// <summary>SSO token exchange details, when present.</summary>
    public JsonNode? Authentication { get; set; }
    /// <summary>The magic code of an OAuth flow, when present.</summary>
    public string? State { get; set; }
}
