using Microsoft.Extensions.Hosting;

namespace CobBot.Framework.DirectLine.EntityFramework;

/// <summary>Creates the Direct Line tables when the host starts, so a broken database fails the start.</summary>
internal sealed class DirectLineStoreInitializer(EntityFrameworkDirectLineStore store) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => store.InitializeAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
