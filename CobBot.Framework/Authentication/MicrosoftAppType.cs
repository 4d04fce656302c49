namespace CobBot.Framework.Authentication;

/// <summary>How the bot's Azure identity is registered (setting <c>MicrosoftAppType</c>).</summary>
public enum MicrosoftAppType
{
    /// <summary>Multi-tenant app registration (authority <c>botframework.com</c>); the default.</summary>
    MultiTenant,
    /// <summary>Single-tenant app registration (authority = <c>MicrosoftAppTenantId</c>).</summary>
    SingleTenant,
    /// <summary>A user-assigned managed identity; no password.</summary>
    UserAssignedMSI,
}
