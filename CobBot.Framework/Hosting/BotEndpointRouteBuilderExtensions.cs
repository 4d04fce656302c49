using CobBot.Framework.Builder;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CobBot.Framework.Hosting;

/// <summary>Maps the bot's messaging endpoint.</summary>
public static class BotEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps <c>POST {pattern}</c> to <see cref="CloudAdapter.ProcessAsync"/> with the registered <see cref="IBot"/>,
    /// and answers <c>HEAD</c> with 200 (the Agents Playground probes with it); other verbs get 405 from routing.
    /// The turn is cancelled on application shutdown, not when the channel stops waiting: a slow turn still
    /// delivers its replies through the Connector.
    /// </summary>
    public static IEndpointConventionBuilder MapBotMessages(this IEndpointRouteBuilder endpoints, string pattern = "/api/messages")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.MapMethods(pattern, [HttpMethods.Post, HttpMethods.Head], HandleAsync);
    }

    private static Task HandleAsync(HttpContext httpContext)
    {
        if (HttpMethods.IsHead(httpContext.Request.Method))
        {
            httpContext.Response.StatusCode = StatusCodes.Status200OK;
            return Task.CompletedTask;
        }
        var services = httpContext.RequestServices;
        var stopping = services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        return services.GetRequiredService<CloudAdapter>()
            .ProcessAsync(httpContext.Request, httpContext.Response, services.GetRequiredService<IBot>(), stopping);
    }
}
