using Microsoft.IdentityModel.Protocols;

namespace CobBot.Framework.Authentication;

/// <summary>
/// Fetches OpenID metadata and key sets through <see cref="IHttpClientFactory"/>. Every address (the metadata
/// document and the <c>jwks_uri</c> it names) must be https, except loopback hosts used by local test servers.
/// </summary>
internal sealed class MetadataDocumentRetriever(IHttpClientFactory httpClientFactory) : IDocumentRetriever
{
    /// <summary>The named <see cref="HttpClient"/> used for metadata requests.</summary>
    public const string HttpClientName = "CobBot.Authentication.OpenIdMetadata";

    /// <inheritdoc/>
    public Task<string> GetDocumentAsync(string address, CancellationToken cancel)
    {
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri)
            || !(uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback)))
        {
            throw new InvalidOperationException($"OpenID metadata address '{address}' must use https (http is allowed only for loopback hosts).");
        }
        // The scheme rule is enforced above, so the IdentityModel retriever's own https check is switched off.
        var retriever = new HttpDocumentRetriever(httpClientFactory.CreateClient(HttpClientName)) { RequireHttps = false };
        return retriever.GetDocumentAsync(address, cancel);
    }
}
