namespace CobBot.Framework.Authentication;

/// <summary>
/// The bot's identity and the Bot Framework endpoints it trusts. Bound from the configuration root with the
/// SDK's key names (<c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c>, <c>MicrosoftAppTenantId</c>,
/// <c>MicrosoftAppType</c>) so existing Azure App Service settings work. An empty app id disables authentication.
/// </summary>
public sealed class BotFrameworkOptions
{
    /// <summary>The bot's app id; empty disables authentication (local, Emulator, Playground).</summary>
    public string? MicrosoftAppId { get; set; }
    /// <summary>The app's client secret.</summary>
    public string? MicrosoftAppPassword { get; set; }
    /// <summary>The tenant, for SingleTenant and UserAssignedMSI.</summary>
    public string? MicrosoftAppTenantId { get; set; }
    /// <summary>The registration type; MultiTenant when absent.</summary>
    public MicrosoftAppType MicrosoftAppType { get; set; } = MicrosoftAppType.MultiTenant;

    /// <summary>OpenID metadata for tokens issued by the Bot Framework channel service.</summary>
    public string ChannelOpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    /// <summary>OpenID metadata for tokens issued by the Microsoft identity platform (Emulator, skills).</summary>
    public string EmulatorOpenIdMetadataUrl { get; set; } = "https://login.microsoftonline.com/botframework.com/v2.0/.well-known/openid-configuration";
    /// <summary>The identity platform host that issues outbound tokens.</summary>
    public string OAuthAuthorityHost { get; set; } = "https://login.microsoftonline.com";
    /// <summary>The scope requested for outbound Connector tokens.</summary>
    public string OAuthScope { get; set; } = "https://api.botframework.com/.default";
    /// <summary>The managed-identity token endpoint used for UserAssignedMSI; the Azure instance metadata service by default.</summary>
    public string ManagedIdentityEndpoint { get; set; } = "http://169.254.169.254/metadata/identity/oauth2/token";

    /// <summary>True when an app id is configured, so inbound tokens are required and outbound calls are signed.</summary>
    public bool IsAuthenticationEnabled => !string.IsNullOrWhiteSpace(MicrosoftAppId);
}
