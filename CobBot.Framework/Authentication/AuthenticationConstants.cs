using Microsoft.IdentityModel.Tokens;

namespace CobBot.Framework.Authentication;

/// <summary>Issuers, claim names and limits of Bot Framework inbound authentication.</summary>
internal static class AuthenticationConstants
{
    /// <summary>The issuer of tokens minted by the Bot Framework channel service.</summary>
    public const string ChannelIssuer = "https://api.botframework.com";

    /// <summary>The public-cloud identity-platform issuers the Emulator (and skills) use, v1 and v2.</summary>
    public static readonly IReadOnlyList<string> EmulatorIssuers =
    [
        "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/",
        "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0",
        "https://sts.windows.net/f8cdef31-a31e-4b4a-93e4-5f571e91255a/",
        "https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0",
    ];

    /// <summary>The v1 and v2 issuers of one tenant, trusted for a SingleTenant bot's own tenant.</summary>
    public static IEnumerable<string> TenantIssuers(string tenantId) =>
    [
        $"https://sts.windows.net/{tenantId}/",
        $"https://login.microsoftonline.com/{tenantId}/v2.0",
    ];

    /// <summary>The only signature algorithms accepted.</summary>
    public static readonly IReadOnlyList<string> SigningAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    /// <summary>Tolerance applied to <c>exp</c> and <c>nbf</c>.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>Claim carrying the Connector URL the channel vouches for.</summary>
    public const string ServiceUrlClaim = "serviceurl";
    /// <summary>Claim carrying the identity-platform token version.</summary>
    public const string VersionClaim = "ver";
    /// <summary>The calling app id in v1 tokens.</summary>
    public const string AppIdClaim = "appid";
    /// <summary>The calling app id in v2 tokens.</summary>
    public const string AuthorizedPartyClaim = "azp";
    /// <summary>The JWK member listing the channels a channel-service key is endorsed for.</summary>
    public const string EndorsementsMember = "endorsements";
}
