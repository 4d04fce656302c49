using Microsoft.Extensions.Hosting;

namespace CobBot.Framework.State.EntityFramework;

/// <summary>Creates the state table when the host starts, so a broken database fails the start rather than the first turn.</summary>
internal sealed class BotStorageInitializer(EntityFrameworkStorage storage) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => storage.InitializeAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
