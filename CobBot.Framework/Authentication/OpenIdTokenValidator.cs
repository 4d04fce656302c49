using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace CobBot.Framework.Authentication;

/// <summary>
/// Validates signature (RS256/384/512), issuer, audience and lifetime (5 min skew) against one metadata source;
/// a token signed with a key the cache does not know triggers one rate-limited refresh and a second attempt.
/// </summary>
internal sealed class OpenIdTokenValidator(OpenIdMetadataCache metadata, TimeProvider timeProvider)
{
    private static readonly JsonWebTokenHandler Handler = new() { MapInboundClaims = false };

    /// <summary>Validates <paramref name="token"/>; throws <see cref="BotAuthenticationException"/> (401) when it fails.</summary>
    public async Task<ValidatedToken> ValidateAsync(string token, IEnumerable<string> validIssuers, string audience, CancellationToken cancellationToken)
    {
        var configuration = await metadata.GetAsync(cancellationToken).ConfigureAwait(false);
        var result = await ValidateWithAsync(token, configuration, validIssuers, audience).ConfigureAwait(false);
        if (result.Exception is SecurityTokenSignatureKeyNotFoundException
            && await metadata.RefreshForUnknownKeyAsync(configuration, cancellationToken).ConfigureAwait(false) is { } refreshed)
        {
            configuration = refreshed;
            result = await ValidateWithAsync(token, configuration, validIssuers, audience).ConfigureAwait(false);
        }

        if (!result.IsValid)
            throw new BotAuthenticationException(TokenFailures.Describe(result.Exception));

        return new ValidatedToken(result.ClaimsIdentity, FindPublishedKey(configuration, ((JsonWebToken)result.SecurityToken).SigningKey));
    }

    // The handler verifies with a key converted from the JWK, which loses its extra members (endorsements);
    // match it back to the published JWK by RFC 7638 thumbprint, i.e. by the key material itself.
    private static JsonWebKey? FindPublishedKey(OpenIdConnectConfiguration configuration, SecurityKey signingKey)
    {
        if (configuration.JsonWebKeySet is null || !signingKey.CanComputeJwkThumbprint())
            return null;
        var thumbprint = signingKey.ComputeJwkThumbprint();
        return configuration.JsonWebKeySet.Keys.FirstOrDefault(k => k.CanComputeJwkThumbprint() && k.ComputeJwkThumbprint().SequenceEqual(thumbprint));
    }

    private Task<TokenValidationResult> ValidateWithAsync(string token, OpenIdConnectConfiguration configuration, IEnumerable<string> validIssuers, string audience) =>
        Handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuers = validIssuers,
            ValidAudience = audience,
            IssuerSigningKeys = configuration.SigningKeys,
            ValidAlgorithms = AuthenticationConstants.SigningAlgorithms,
            ClockSkew = AuthenticationConstants.ClockSkew,
            RequireSignedTokens = true,
            LifetimeValidator = ValidateLifetime,
        });

    // IdentityModel 8.23's default lifetime check reads the wall clock (its TimeProvider hook is not public),
    // so exp/nbf are checked here against the injected TimeProvider.
    private bool ValidateLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        var now = timeProvider.GetUtcNow().UtcDateTime;
        if (expires is null)
            throw new SecurityTokenNoExpirationException("The token has no expiry.");
        if (notBefore > now + parameters.ClockSkew)
            throw new SecurityTokenNotYetValidException("The token is not valid yet.") { NotBefore = notBefore.Value };
        if (expires < now - parameters.ClockSkew)
            throw new SecurityTokenExpiredException("The token has expired.") { Expires = expires.Value };
        return true;
    }
}
