using CobBot.Framework.Backplane;
using CobBot.Tests.Framework.State;
using Microsoft.Extensions.Logging.Abstractions;

namespace CobBot.Tests.Framework.EntityFramework;

/// <summary>
/// Backplanes of several "instances" on the test PostgreSQL server, listening on a channel of their own (channels are
/// database-wide, so parallel tests must not share one); started and listening when created.
/// </summary>
internal sealed class PostgresBackplanes : IAsyncDisposable
{
    private PostgresBackplanes(IReadOnlyList<PostgresBackplane> instances) => Instances = instances;

    public IReadOnlyList<PostgresBackplane> Instances { get; }

    public static async Task<PostgresBackplanes> StartAsync(int count)
    {
        var connectionString = PostgresTestSchema.AdminConnectionString ?? throw new InvalidOperationException(PostgresTestSchema.SkipReason);
        var channel = $"test_{Guid.NewGuid():N}";
        var instances = Enumerable.Range(0, count)
            .Select(_ => new PostgresBackplane(connectionString, channel, TimeProvider.System, NullLoggerFactory.Instance))
            .ToList();
        foreach (var instance in instances) await instance.StartAsync(CancellationToken.None);
        await Task.WhenAll(instances.Select(i => i.Listening)).WaitAsync(TimeSpan.FromSeconds(30));
        return new PostgresBackplanes(instances);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var instance in Instances)
        {
            await instance.StopAsync(CancellationToken.None);
            instance.Dispose();
        }
    }
}
