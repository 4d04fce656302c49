using System.Security.Claims;
using Microsoft.IdentityModel.Tokens;

namespace CobBot.Framework.Authentication;

/// <summary>A token whose signature, issuer, audience and lifetime passed validation.</summary>
/// <param name="Identity">Its claims, with their wire names (<c>MapInboundClaims</c> off).</param>
/// <param name="SigningKey">The key-set entry that verified the signature, as published (with any endorsements); null if the key set did not list it.</param>
internal sealed record ValidatedToken(ClaimsIdentity Identity, JsonWebKey? SigningKey);
