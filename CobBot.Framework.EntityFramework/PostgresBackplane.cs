using System.Text;
using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CobBot.Framework.Backplane;

/// <summary>
/// A backplane over PostgreSQL <c>LISTEN</c>/<c>NOTIFY</c>: every instance listens on one channel of the shared
/// database, publishes there, and skips its own echoes (its subscribers already had the message locally). Sending
/// runs in the background, a batch a round trip, so publishing never waits for the database; a lost listening
/// connection is reopened with a growing delay. PostgreSQL caps a notification at 8,000 bytes: larger messages stay local.
/// </summary>
public sealed class PostgresBackplane : BackgroundService, IBackplane
{
    /// <summary>The largest envelope PostgreSQL accepts as a notification payload, in bytes (less one).</summary>
    public const int MaxPayloadBytes = 7999;

    private const int MaxBatch = 256;
    private static readonly TimeSpan MaxReconnectDelay = TimeSpan.FromSeconds(30);

    private readonly NpgsqlDataSource _dataSource;
    private readonly string _channel;
    private readonly string _instance = Guid.NewGuid().ToString("N");
    private readonly InProcessBackplane _local;
    private readonly Channel<string> _outgoing = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<PostgresBackplane> _logger;

    /// <summary>
    /// Creates the backplane on the database of <paramref name="connectionString"/>, listening on <paramref name="channel"/>.
    /// Its connections send a keep-alive every 15 seconds unless the connection string sets one, so a dead listening
    /// connection is noticed and reopened.
    /// </summary>
    public PostgresBackplane(string connectionString, string channel, TimeProvider timeProvider, ILoggerFactory loggerFactory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        ArgumentException.ThrowIfNullOrWhiteSpace(channel);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.KeepAlive == 0) builder.KeepAlive = 15;
        _dataSource = NpgsqlDataSource.Create(builder);
        _channel = channel;
        _timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        _logger = loggerFactory.CreateLogger<PostgresBackplane>();
        _local = new InProcessBackplane(loggerFactory.CreateLogger<InProcessBackplane>());
    }

    /// <summary>Completes once the first listening connection is open: from then on, other instances' messages arrive.</summary>
    public Task Listening => _listening.Task;

    /// <inheritdoc />
    public void Publish(string topic, string message)
    {
        ArgumentException.ThrowIfNullOrEmpty(topic);
        ArgumentNullException.ThrowIfNull(message);
        if (topic.Contains('|', StringComparison.Ordinal)) throw new ArgumentException("A topic cannot contain '|'.", nameof(topic));
        _local.Publish(topic, message);
        var envelope = string.Concat(_instance, "|", topic, "|", message);
        var bytes = Encoding.UTF8.GetByteCount(envelope);
        if (bytes > MaxPayloadBytes) PostgresBackplaneLog.TooLarge(_logger, topic, bytes);
        else _outgoing.Writer.TryWrite(envelope);
    }

    /// <inheritdoc />
    public IDisposable Subscribe(string topic, Action<string> handler) => _local.Subscribe(topic, handler);

    /// <inheritdoc />
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(ListenAsync(stoppingToken), SendAsync(stoppingToken));

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        var delay = TimeSpan.FromMilliseconds(250);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await _dataSource.OpenConnectionAsync(stoppingToken).ConfigureAwait(false);
                connection.Notification += OnNotification;
                await using (var listen = new NpgsqlCommand($"LISTEN {Quote(_channel)}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken).ConfigureAwait(false);
                }

                PostgresBackplaneLog.Listening(_logger, _channel);
                _listening.TrySetResult();
                delay = TimeSpan.FromMilliseconds(250);
                while (true) await connection.WaitAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is NpgsqlException or IOException or TimeoutException)
            {
                PostgresBackplaneLog.ListenFailed(_logger, exception, delay);
                try
                {
                    await Task.Delay(delay, _timeProvider, stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxReconnectDelay.Ticks));
            }
        }
    }

    private async Task SendAsync(CancellationToken stoppingToken)
    {
        var batch = new List<string>(MaxBatch);
        try
        {
            while (await _outgoing.Reader.WaitToReadAsync(stoppingToken).ConfigureAwait(false))
            {
                batch.Clear();
                while (batch.Count < MaxBatch && _outgoing.Reader.TryRead(out var envelope)) batch.Add(envelope);
                try
                {
                    await using var command = _dataSource.CreateCommand("SELECT pg_notify($1, payload) FROM unnest($2::text[]) WITH ORDINALITY AS p(payload, n) ORDER BY n");
                    command.Parameters.Add(new NpgsqlParameter { Value = _channel });
                    command.Parameters.Add(new NpgsqlParameter { Value = batch.ToArray() });
                    await command.ExecuteNonQueryAsync(stoppingToken).ConfigureAwait(false);
                }
                catch (Exception exception) when (exception is NpgsqlException or IOException or TimeoutException)
                {
                    PostgresBackplaneLog.SendFailed(_logger, exception, batch.Count);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: signals not yet sent only mattered to instances that poll anyway.
        }
    }

    private void OnNotification(object sender, NpgsqlNotificationEventArgs notification)
    {
        var payload = notification.Payload.AsSpan();
        var first = payload.IndexOf('|');
        if (first < 0 || payload[..first].SequenceEqual(_instance)) return;
        var rest = payload[(first + 1)..];
        var second = rest.IndexOf('|');
        if (second <= 0) return;
        _local.Publish(rest[..second].ToString(), rest[(second + 1)..].ToString());
    }

    /// <inheritdoc />
    public override void Dispose()
    {
        base.Dispose();
        _dataSource.Dispose();
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
