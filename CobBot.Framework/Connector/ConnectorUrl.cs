namespace CobBot.Framework.Connector;

/// <summary>
/// Builds Connector URLs the SDK's way: the activity's <c>serviceUrl</c> (path kept, e.g. <c>/amer/</c>), exactly
/// one slash, then <c>v3/…</c> with every path parameter percent-escaped (Teams ids hold <c>: ; @ =</c>).
/// </summary>
internal static class ConnectorUrl
{
    public static Uri Activities(string serviceUrl, string conversationId) =>
        Build(serviceUrl, $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities");

    public static Uri Activity(string serviceUrl, string conversationId, string activityId) =>
        Build(serviceUrl, $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{Uri.EscapeDataString(activityId)}");

    private static Uri Build(string serviceUrl, string relativePath)
    {
        var url = serviceUrl.EndsWith('/') ? serviceUrl + relativePath : serviceUrl + "/" + relativePath;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException("The serviceUrl must be an absolute http(s) URL.", nameof(serviceUrl));
        }
        return uri;
    }
}
