using System.Security.Claims;
using CobBot.Framework.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;

namespace CobBot.Framework.Authentication;

/// <summary>
/// Validates inbound Bot Framework tokens. The unvalidated <c>iss</c> picks the path:
/// <c>https://api.botframework.com</c> is the channel service (Teams, Direct Line, Web Chat); the identity-platform
/// issuers are the Emulator. With no <see cref="BotFrameworkOptions.MicrosoftAppId"/>, requests without an
/// <c>Authorization</c> header are accepted anonymously and any token is rejected, as no audience can match.
/// </summary>
/// <remarks>
/// Emulator-path callers get a null <see cref="BotCaller.CallerId"/>: their <c>appid</c>/<c>azp</c> must be this
/// bot's own id, so bot-to-bot (skill) callers, which would get <c>urn:botframework:aadappid:…</c>, are rejected.
/// A metadata fetch that fails before any keys were cached propagates as a non-authentication exception (500).
/// </remarks>
public sealed class BotFrameworkAuthenticator : IBotAuthenticator
{
    private readonly BotFrameworkOptions _options;
    private readonly HashSet<string> _emulatorIssuers;
    private readonly OpenIdTokenValidator _channel;
    private readonly OpenIdTokenValidator _emulator;

    /// <summary>Creates the authenticator; metadata is fetched on first use through <paramref name="httpClientFactory"/>.</summary>
    public BotFrameworkAuthenticator(
        IOptions<BotFrameworkOptions> options, IHttpClientFactory httpClientFactory, TimeProvider timeProvider, ILogger<BotFrameworkAuthenticator> logger)
    {
        _options = options.Value;
        _emulatorIssuers = [.. AuthenticationConstants.EmulatorIssuers];
        if (_options.MicrosoftAppType == MicrosoftAppType.SingleTenant && !string.IsNullOrWhiteSpace(_options.MicrosoftAppTenantId))
            _emulatorIssuers.UnionWith(AuthenticationConstants.TenantIssuers(_options.MicrosoftAppTenantId));

        var retriever = new MetadataDocumentRetriever(httpClientFactory);
        _channel = new OpenIdTokenValidator(
            new OpenIdMetadataCache(_options.ChannelOpenIdMetadataUrl, retriever, timeProvider, logger), timeProvider);
        _emulator = new OpenIdTokenValidator(
            new OpenIdMetadataCache(_options.EmulatorOpenIdMetadataUrl, retriever, timeProvider, logger), timeProvider);
    }

    /// <inheritdoc/>
    public async Task<BotCaller> AuthenticateAsync(Activity activity, string? authorizationHeader, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrWhiteSpace(authorizationHeader))
        {
            return _options.IsAuthenticationEnabled
                ? throw new BotAuthenticationException("The request has no Authorization header.")
                : new BotCaller(new ClaimsIdentity(), CallerId: null, IsAuthenticated: false);
        }

        var token = ReadToken(authorizationHeader);
        if (!_options.IsAuthenticationEnabled)
            throw new BotAuthenticationException("Authentication is disabled (no MicrosoftAppId), so no token can match this bot.");

        var appId = _options.MicrosoftAppId!;
        if (token.Issuer == AuthenticationConstants.ChannelIssuer)
            return await AuthenticateChannelAsync(activity, token, appId, cancellationToken).ConfigureAwait(false);
        if (_emulatorIssuers.Contains(token.Issuer))
            return await AuthenticateEmulatorAsync(token, appId, cancellationToken).ConfigureAwait(false);
        throw new BotAuthenticationException("The token's issuer is not trusted.");
    }

    private async Task<BotCaller> AuthenticateChannelAsync(Activity activity, JsonWebToken token, string appId, CancellationToken cancellationToken)
    {
        var validated = await _channel.ValidateAsync(
            token.EncodedToken, [AuthenticationConstants.ChannelIssuer], appId, cancellationToken).ConfigureAwait(false);

        if (string.IsNullOrEmpty(activity.ChannelId) || !Endorsements.Read(validated.SigningKey).Contains(activity.ChannelId, StringComparer.Ordinal))
            throw new BotAuthenticationException($"The token's signing key is not endorsed for channel '{activity.ChannelId}'.", statusCode: 403);

        var serviceUrl = validated.Identity.FindFirst(AuthenticationConstants.ServiceUrlClaim)?.Value
            ?? throw new BotAuthenticationException("The token has no serviceurl claim.");
        if (!string.Equals(serviceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
            throw new BotAuthenticationException("The token's serviceurl does not match the activity's serviceUrl.");

        return new BotCaller(validated.Identity, CallerIdConstants.PublicAzureChannel, IsAuthenticated: true);
    }

    private async Task<BotCaller> AuthenticateEmulatorAsync(JsonWebToken token, string appId, CancellationToken cancellationToken)
    {
        var validated = await _emulator.ValidateAsync(token.EncodedToken, _emulatorIssuers, appId, cancellationToken).ConfigureAwait(false);

        // v1 tokens name the calling app in appid, v2 tokens in azp; an empty ver is treated as v1, as the SDK does.
        var callerClaim = validated.Identity.FindFirst(AuthenticationConstants.VersionClaim)?.Value switch
        {
            null => throw new BotAuthenticationException("The token has no ver claim."),
            "" or "1.0" => AuthenticationConstants.AppIdClaim,
            "2.0" => AuthenticationConstants.AuthorizedPartyClaim,
            _ => throw new BotAuthenticationException("The token's ver is not 1.0 or 2.0."),
        };
        if (validated.Identity.FindFirst(callerClaim)?.Value != appId)
            throw new BotAuthenticationException($"The token's {callerClaim} is not this bot's app id.");

        return new BotCaller(validated.Identity, CallerId: null, IsAuthenticated: true);
    }

    private static JsonWebToken ReadToken(string authorizationHeader)
    {
        var parts = authorizationHeader.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || !string.Equals(parts[0], "Bearer", StringComparison.OrdinalIgnoreCase))
            throw new BotAuthenticationException("The Authorization header is not 'Bearer <token>'.");
        try
        {
            return new JsonWebToken(parts[1]);
        }
        catch (ArgumentException)
        {
            throw new BotAuthenticationException("The bearer token is not a well-formed JWT.");
        }
    }
}
