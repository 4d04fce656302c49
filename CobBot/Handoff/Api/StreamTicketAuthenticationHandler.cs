using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace CobBot.Handoff.Api;

/// <summary>Authenticates the live feed request by its <c>?ticket=</c> (see <see cref="StreamTicketStore"/>).</summary>
public sealed class StreamTicketAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    StreamTicketStore tickets) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The scheme name.</summary>
    public const string SchemeName = "HandoffStreamTicket";

    /// <summary>The query parameter carrying the ticket.</summary>
    public const string QueryParameter = "ticket";

    /// <inheritdoc />
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Query.TryGetValue(QueryParameter, out var values) || values.Count != 1 || string.IsNullOrEmpty(values[0]))
            return AuthenticateResult.NoResult();
        var user = await tickets.RedeemAsync(values[0]!, Context.RequestAborted);
        return user is null
            ? AuthenticateResult.Fail("The stream ticket is unknown, used or expired.")
            : AuthenticateResult.Success(new AuthenticationTicket(user, SchemeName));
    }
}
