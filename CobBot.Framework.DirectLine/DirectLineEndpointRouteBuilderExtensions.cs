using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace CobBot.Framework.DirectLine;

/// <summary>Maps the self-hosted Direct Line server.</summary>
public static class DirectLineEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Adds the middleware the Direct Line server needs: WebSockets (the activity stream) and CORS (browsers on
    /// other origins). Call after routing, before <see cref="MapDirectLine"/>'s endpoints run (in a minimal
    /// <c>WebApplication</c>: anywhere before <c>Run</c>).
    /// </summary>
    public static IApplicationBuilder UseDirectLine(this IApplicationBuilder app) => app.UseWebSockets().UseCors();

    /// <summary>
    /// Maps the Direct Line 3.0 client API at <c>/v3/directline</c> (tokens, conversations, activities, stream,
    /// upload, attachments) and its Connector face at <c>/v3/directline/connector/v3/conversations</c>.
    /// </summary>
    public static RouteGroupBuilder MapDirectLine(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var group = endpoints.MapGroup(DirectLineUrls.ClientPath);
        group.RequireCors(DirectLineServiceCollectionExtensions.CorsPolicy);
        DirectLineClientEndpoints.Map(group);
        DirectLineStreamEndpoint.Map(group);
        DirectLineUploadEndpoints.Map(group);
        DirectLineConnectorEndpoints.Map(group);
        return group;
    }
}
