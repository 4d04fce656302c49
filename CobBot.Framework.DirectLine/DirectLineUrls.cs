using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace CobBot.Framework.DirectLine;

/// <summary>The public URLs of the Direct Line server, from <see cref="DirectLineOptions.PublicBaseUrl"/> or the request.</summary>
internal sealed class DirectLineUrls(IOptions<DirectLineOptions> options)
{
    /// <summary>The client API's path (Web Chat's <c>domain</c> is the base URL plus this).</summary>
    public const string ClientPath = "/v3/directline";

    public string BaseUrl(HttpRequest request) =>
        options.Value.PublicBaseUrl is { Length: > 0 } configured
            ? configured.TrimEnd('/')
            : $"{request.Scheme}://{request.Host}{request.PathBase}";

    public string Domain(HttpRequest request) => BaseUrl(request) + ClientPath;

    public string ServiceUrl(HttpRequest request) => BaseUrl(request) + DirectLineConnector.ServicePath;

    public string UploadUrl(HttpRequest request, string uploadId) => $"{Domain(request)}/attachments/{uploadId}";

    /// <summary>The <c>ws://</c>/<c>wss://</c> stream URL, pre-authorised with a stream token.</summary>
    public string StreamUrl(HttpRequest request, string conversationId, string streamToken, long watermark)
    {
        var domain = Domain(request);
        var socketDomain = domain.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? "wss://" + domain[8..]
            : domain.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? "ws://" + domain[7..] : domain;
        return string.Create(CultureInfo.InvariantCulture,
            $"{socketDomain}/conversations/{Uri.EscapeDataString(conversationId)}/stream?t={Uri.EscapeDataString(streamToken)}&watermark={watermark}");
    }
}
