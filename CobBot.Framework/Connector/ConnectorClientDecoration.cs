using Microsoft.Extensions.DependencyInjection;

namespace CobBot.Framework.Connector;

/// <summary>Wraps the registered <see cref="IConnectorClient"/> in a decorator, keeping its lifetime (how channel packages such as Teams rate limiting and Direct Line add to the Connector).</summary>
public static class ConnectorClientDecoration
{
    /// <summary>
    /// Replaces the last <see cref="IConnectorClient"/> registration with <paramref name="decorate"/> applied to it;
    /// throws when none is registered yet (register the Connector, e.g. <c>AddBotConnector</c>, first).
    /// </summary>
    public static IServiceCollection DecorateConnectorClient(this IServiceCollection services, Func<IServiceProvider, IConnectorClient, IConnectorClient> decorate)
    {
        var index = -1;
        for (var i = services.Count - 1; i >= 0 && index < 0; i--)
            if (services[i].ServiceType == typeof(IConnectorClient) && !services[i].IsKeyedService) index = i;
        if (index < 0)
            throw new InvalidOperationException("No IConnectorClient is registered yet: call AddBotConnector (or register one) before decorating it.");
        var inner = services[index];
        services[index] = ServiceDescriptor.Describe(typeof(IConnectorClient), sp => decorate(sp, Create(sp, inner)), inner.Lifetime);
        return services;
    }

    private static IConnectorClient Create(IServiceProvider services, ServiceDescriptor descriptor) => (IConnectorClient)(
        descriptor.ImplementationInstance
        ?? descriptor.ImplementationFactory?.Invoke(services)
        ?? ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!));
}
