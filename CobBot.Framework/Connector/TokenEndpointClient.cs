using System.Net.Http.Headers;
using System.Text.Json;
using CobBot.Framework.Authentication;

namespace CobBot.Framework.Connector;

/// <summary>
/// Requests one outbound token: the client-credentials grant against
/// <c>{OAuthAuthorityHost}/{botframework.com | tenant}/oauth2/v2.0/token</c>, or, for UserAssignedMSI, the
/// managed-identity endpoint with the app id as <c>client_id</c> and the scope's resource.
/// </summary>
internal sealed class TokenEndpointClient(HttpClient httpClient, BotFrameworkOptions options, TimeProvider timeProvider)
{
    private const string MultiTenantAuthority = "botframework.com";
    private const string DefaultScopeSuffix = "/.default";
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    public Task<AccessToken> RequestAsync(CancellationToken cancellationToken) =>
        options.MicrosoftAppType == MicrosoftAppType.UserAssignedMSI
            ? SendAsync(CreateManagedIdentityRequest(), cancellationToken)
            : SendAsync(CreateClientCredentialsRequest(), cancellationToken);

    private HttpRequestMessage CreateClientCredentialsRequest()
    {
        var authority = options.MicrosoftAppType == MicrosoftAppType.SingleTenant ? options.MicrosoftAppTenantId! : MultiTenantAuthority;
        var url = $"{options.OAuthAuthorityHost.TrimEnd('/')}/{Uri.EscapeDataString(authority)}/oauth2/v2.0/token";
        return new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new FormUrlEncodedContent(
            [
                new("grant_type", "client_credentials"),
                new("client_id", options.MicrosoftAppId!),
                new("client_secret", options.MicrosoftAppPassword ?? ""),
                new("scope", options.OAuthScope),
            ]),
        };
    }

    private HttpRequestMessage CreateManagedIdentityRequest()
    {
        var scope = options.OAuthScope;
        var resource = scope.EndsWith(DefaultScopeSuffix, StringComparison.Ordinal) ? scope[..^DefaultScopeSuffix.Length] : scope;
        var endpoint = options.ManagedIdentityEndpoint;
        var separator = endpoint.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        var url = $"{endpoint}{separator}api-version=2018-02-01&resource={Uri.EscapeDataString(resource)}&client_id={Uri.EscapeDataString(options.MicrosoftAppId!)}";
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Metadata", "true");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return request;
    }

    private async Task<AccessToken> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using (request)
        {
            var requestedAt = timeProvider.GetUtcNow();
            using var response = await httpClient.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            var token = Parse(body);
            if (!response.IsSuccessStatusCode || string.IsNullOrEmpty(token?.AccessToken))
            {
                var status = (int)response.StatusCode;
                throw new AccessTokenException(
                    $"The token endpoint answered {status} {token?.Error}: {token?.ErrorDescription}".TrimEnd(' ', ':'), status, token?.Error);
            }
            return new AccessToken(token.AccessToken, RefreshTime(token, requestedAt));
        }
    }

    private static TokenResponse? Parse(string body)
    {
        try
        {
            return string.IsNullOrWhiteSpace(body) ? null : JsonSerializer.Deserialize(body, ConnectorJsonContext.Default.TokenResponse);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Five minutes before expiry, or half-way through a lifetime shorter than ten minutes.</summary>
    private static DateTimeOffset RefreshTime(TokenResponse token, DateTimeOffset requestedAt)
    {
        var expiresOn = token switch
        {
            { ExpiresIn: > 0 } => requestedAt.AddSeconds(token.ExpiresIn.Value),
            { ExpiresOn: > 0 } => DateTimeOffset.FromUnixTimeSeconds(token.ExpiresOn.Value),
            _ => throw new AccessTokenException("The token endpoint sent no expires_in or expires_on."),
        };
        var lifetime = expiresOn - requestedAt;
        return expiresOn - (lifetime > 2 * RefreshMargin ? RefreshMargin : lifetime / 2);
    }
}
