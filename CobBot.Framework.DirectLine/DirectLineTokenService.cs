using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CobBot.Framework.DirectLine;

/// <summary>
/// Issues and reads Direct Line tokens: HS256 JWTs signed with a key derived from the Direct Line secret, bound to
/// one conversation, with the user id in the <c>user</c> claim (Web Chat and DirectLineJS read it from there).
/// A <c>streamUrl</c> carries a token of its own kind, so neither works in place of the other. Expiry is checked
/// against the injected <see cref="TimeProvider"/>.
/// </summary>
public sealed class DirectLineTokenService
{
    private const string Issuer = "cobbot-directline";
    private const string ConversationClaim = "conv";
    private const string UserClaim = "user";
    private const string NameClaim = "name";
    private const string KindClaim = "kind";
    private const string ConversationKind = "conversation";
    private const string StreamKind = "stream";

    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };
    private readonly SymmetricSecurityKey _key;
    private readonly byte[] _secret;
    private readonly DirectLineOptions _options;
    private readonly TimeProvider _timeProvider;

    /// <summary>Creates the service for the configured secret.</summary>
    public DirectLineTokenService(IOptions<DirectLineOptions> options, TimeProvider timeProvider)
    {
        _options = options?.Value ?? throw new ArgumentNullException(nameof(options));
        _timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        var secret = _options.Secret ?? throw new InvalidOperationException("DirectLine:Secret is not configured.");
        _secret = Encoding.UTF8.GetBytes(secret);
        _key = new SymmetricSecurityKey(SHA256.HashData(Encoding.UTF8.GetBytes("CobBot.DirectLine.Token|" + secret)));
    }

    /// <summary>The lifetime of conversation tokens, in whole seconds (<c>expires_in</c>).</summary>
    public int ExpiresInSeconds => (int)_options.TokenLifetime.TotalSeconds;

    /// <summary>True when <paramref name="bearer"/> is the Direct Line secret (compared in constant time).</summary>
    public bool IsSecret(string bearer) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(bearer), _secret);

    /// <summary>Issues a conversation token valid for <see cref="DirectLineOptions.TokenLifetime"/>.</summary>
    public string IssueToken(string conversationId, string? userId, string? userName) =>
        Issue(ConversationKind, conversationId, userId, userName, _options.TokenLifetime);

    /// <summary>Issues the short-lived token embedded in a <c>streamUrl</c>.</summary>
    public string IssueStreamToken(string conversationId) =>
        Issue(StreamKind, conversationId, null, null, _options.StreamUrlLifetime);

    /// <summary>Reads a conversation token.</summary>
    public Task<(DirectLineTokenStatus Status, DirectLineTokenClaims? Claims)> ReadTokenAsync(string token) => ReadAsync(token, ConversationKind);

    /// <summary>Reads a <c>streamUrl</c> token.</summary>
    public Task<(DirectLineTokenStatus Status, DirectLineTokenClaims? Claims)> ReadStreamTokenAsync(string token) => ReadAsync(token, StreamKind);

    private string Issue(string kind, string conversationId, string? userId, string? userName, TimeSpan lifetime)
    {
        var now = _timeProvider.GetUtcNow().UtcDateTime;
        var claims = new Dictionary<string, object> { [ConversationClaim] = conversationId, [KindClaim] = kind };
        if (!string.IsNullOrEmpty(userId)) claims[UserClaim] = userId;
        if (!string.IsNullOrEmpty(userName)) claims[NameClaim] = userName;
        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Claims = claims,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.HmacSha256),
        });
    }

    private async Task<(DirectLineTokenStatus, DirectLineTokenClaims?)> ReadAsync(string token, string kind)
    {
        var result = await _handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = Issuer,
            ValidateAudience = false,
            ValidateLifetime = false,
            IssuerSigningKey = _key,
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        }).ConfigureAwait(false);
        if (!result.IsValid || result.SecurityToken is not JsonWebToken jwt
            || Claim(result.ClaimsIdentity, KindClaim) != kind || Claim(result.ClaimsIdentity, ConversationClaim) is not { Length: > 0 } conversationId)
            return (DirectLineTokenStatus.Invalid, null);

        var expiresAt = new DateTimeOffset(jwt.ValidTo, TimeSpan.Zero);
        var claims = new DirectLineTokenClaims(conversationId, Claim(result.ClaimsIdentity, UserClaim), Claim(result.ClaimsIdentity, NameClaim), expiresAt);
        return (expiresAt <= _timeProvider.GetUtcNow() ? DirectLineTokenStatus.Expired : DirectLineTokenStatus.Valid, claims);
    }

    private static string? Claim(ClaimsIdentity identity, string type) => identity.FindFirst(type)?.Value;
}
