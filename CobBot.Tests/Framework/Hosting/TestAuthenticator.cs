using System.Security.Claims;
using CobBot.Framework.Authentication;
using CobBot.Framework.Schema;

namespace CobBot.Tests.Framework.Hosting;

/// <summary>Accepts every request as the public Azure channel, or rejects every request with <see cref="RejectWith"/>.</summary>
internal sealed class TestAuthenticator : IBotAuthenticator
{
    public int? RejectWith { get; set; }

    public int Calls { get; private set; }

    public Task<BotCaller> AuthenticateAsync(Activity activity, string? authorizationHeader, CancellationToken cancellationToken = default)
    {
        Calls++;
        if (RejectWith is { } status) throw new BotAuthenticationException("Token rejected by the test.", status);
        var identity = new ClaimsIdentity([new Claim("aud", "test-app")], "Bearer");
        return Task.FromResult(new BotCaller(identity, CallerIdConstants.PublicAzureChannel, IsAuthenticated: true));
    }
}
