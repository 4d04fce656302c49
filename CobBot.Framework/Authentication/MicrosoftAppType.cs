using System.ComponentModel;

namespace CobBot.Framework.Authentication;

/// <summary>
/// How the bot's Azure identity is registered (setting <c>MicrosoftAppType</c>). Read case-insensitively from
/// configuration; an empty or unknown value means <see cref="MultiTenant"/>, as in the SDK.
/// </summary>
[TypeConverter(typeof(MicrosoftAppTypeConverter))]
public enum MicrosoftAppType
{
    /// <summary>Multi-tenant app registration (authority <c>botframework.com</c>); the default.</summary>
    MultiTenant,
    /// <summary>Single-tenant app registration (authority = <c>MicrosoftAppTenantId</c>).</summary>
    SingleTenant,
    /// <summary>A user-assigned managed identity; no password.</summary>
    UserAssignedMSI,
}
