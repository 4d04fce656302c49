using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CobBot.Admin;

/// <summary>Signs admin/agent access tokens (HMAC-SHA256) and provides the matching validation parameters.</summary>
public sealed class AdminTokenIssuer(IOptions<AdminOptions> options, AdminSigningKey signingKey, TimeProvider timeProvider)
{
    private readonly JsonWebTokenHandler _handler = new();

    /// <summary>Issues a token for <paramref name="user"/>; returns it with its lifetime.</summary>
    public (string Token, TimeSpan ExpiresIn) Issue(AdminUser user)
    {
        var jwt = options.Value.Jwt;
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var claims = new List<Claim> { new("sub", user.Username), new("name", user.Username) };
        claims.AddRange(user.Roles.Select(r => new Claim("role", r)));
        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = jwt.Issuer,
            Audience = jwt.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now,
            NotBefore = now,
            Expires = now + jwt.TokenLifetime,
            SigningCredentials = new SigningCredentials(signingKey.Key, SecurityAlgorithms.HmacSha256),
        });
        return (token, jwt.TokenLifetime);
    }

    /// <summary>Validation parameters for the JwtBearer handler.</summary>
    public static TokenValidationParameters CreateValidationParameters(AdminJwtOptions jwt, SecurityKey key) => new()
    {
        ValidIssuer = jwt.Issuer,
        ValidAudience = jwt.Audience,
        IssuerSigningKey = key,
        ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        NameClaimType = "name",
        RoleClaimType = "role",
        ClockSkew = TimeSpan.FromSeconds(30),
    };
}
