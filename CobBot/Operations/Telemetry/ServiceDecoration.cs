namespace CobBot.Operations.Telemetry;

/// <summary>Wraps an existing registration in a decorator, keeping its lifetime.</summary>
public static class ServiceDecoration
{
    /// <summary>Replaces the last <typeparamref name="TService"/> registration with <paramref name="decorate"/> applied to what it created.</summary>
    /// <exception cref="InvalidOperationException">Nothing registers <typeparamref name="TService"/>.</exception>
    public static IServiceCollection Decorate<TService>(this IServiceCollection services, Func<TService, IServiceProvider, TService> decorate)
        where TService : class
    {
        var descriptor = services.LastOrDefault(d => d.ServiceType == typeof(TService) && !d.IsKeyedService)
            ?? throw new InvalidOperationException($"{typeof(TService).Name} is not registered.");
        services.Remove(descriptor);
        services.Add(ServiceDescriptor.Describe(typeof(TService), sp => decorate(Create<TService>(descriptor, sp), sp), descriptor.Lifetime));
        return services;
    }

    private static TService Create<TService>(ServiceDescriptor descriptor, IServiceProvider services) where TService : class =>
        (TService)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(services)
            ?? ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!));
}
