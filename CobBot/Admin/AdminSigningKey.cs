using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace CobBot.Admin;

/// <summary>The key admin tokens are signed with: <c>JWT_SECRET_KEY</c>, or in Development a random per-process key.</summary>
public sealed class AdminSigningKey
{
    public AdminSigningKey(IOptions<AdminOptions> options, IHostEnvironment environment)
    {
        var configured = options.Value.Jwt.SigningKey;
        var secret = string.IsNullOrEmpty(configured) && !environment.IsProduction()
            ? RandomNumberGenerator.GetBytes(32)
            : Encoding.UTF8.GetBytes(configured ?? throw new InvalidOperationException("Admin:Jwt:SigningKey (JWT_SECRET_KEY) is required."));
        Key = new SymmetricSecurityKey(secret) { KeyId = "cobbot-admin" };
    }

    public SymmetricSecurityKey Key { get; }
}
