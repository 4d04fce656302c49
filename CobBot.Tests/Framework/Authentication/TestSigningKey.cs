using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace CobBot.Tests.Framework.Authentication;

/// <summary>A locally generated RSA signing key, published in a JWKS with the given endorsements.</summary>
public sealed class TestSigningKey(string keyId, params string[] endorsements) : IDisposable
{
    private readonly RSA _rsa = RSA.Create(2048);

    public string KeyId { get; } = keyId;

    /// <summary>The channels published in the key's <c>endorsements</c>; may be changed between fetches.</summary>
    public IReadOnlyList<string> Endorsements { get; set; } = endorsements;

    /// <summary>Signing credentials for <paramref name="algorithm"/>; <paramref name="keyId"/> overrides the header's kid.</summary>
    public SigningCredentials Credentials(string algorithm = SecurityAlgorithms.RsaSha256, string? keyId = null) =>
        new(new RsaSecurityKey(_rsa) { KeyId = keyId ?? KeyId }, algorithm);

    /// <summary>The JWK as the Bot Framework publishes it (endorsements omitted when there are none).</summary>
    public Dictionary<string, object> ToJwk()
    {
        var parameters = _rsa.ExportParameters(includePrivateParameters: false);
        var jwk = new Dictionary<string, object>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (Endorsements.Count > 0)
            jwk["endorsements"] = Endorsements;
        return jwk;
    }

    public void Dispose() => _rsa.Dispose();
}
