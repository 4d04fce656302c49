namespace CobBot.Handoff.Api;

/// <summary>
/// Serves the agent console (<c>wwwroot/agent/</c>, embedded in the assembly so it never depends on the working
/// directory or on static-file middleware) at <c>/agent</c>, with a strict Content-Security-Policy: only this
/// origin's script, style and API; no inline script, no framing.
/// </summary>
public static class AgentConsoleEndpoints
{
    private const string ResourcePrefix = "CobBot.AgentConsole.";
    private const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; " +
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static readonly Dictionary<string, string> Files = new(StringComparer.Ordinal)
    {
        ["index.html"] = "text/html; charset=utf-8",
        ["agent.js"] = "text/javascript; charset=utf-8",
        ["agent.css"] = "text/css; charset=utf-8",
    };

    internal static IEndpointRouteBuilder MapAgentConsole(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/agent", (HttpContext http) => Serve(http, "index.html")).ExcludeFromDescription();
        endpoints.MapGet("/agent/{file}", (string file, HttpContext http) => Serve(http, file)).ExcludeFromDescription();
        return endpoints;
    }

    private static IResult Serve(HttpContext http, string file)
    {
        if (!Files.TryGetValue(file, out var contentType)) return Results.NotFound();
        var stream = typeof(AgentConsoleEndpoints).Assembly.GetManifestResourceStream(ResourcePrefix + file)
            ?? throw new InvalidOperationException($"The agent console file '{file}' is not embedded.");
        var headers = http.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = "no-cache";
        return Results.Stream(stream, contentType);
    }
}
