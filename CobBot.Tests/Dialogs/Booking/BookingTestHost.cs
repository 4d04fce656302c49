using CobBot.Conversation;
using CobBot.Data;
using CobBot.Dialogs.Booking;
using CobBot.Framework.State;
using CobBot.Recognition.Offline;
using CobBot.Scheduling;
using CobBot.Tests.App;
using CobBot.Tests.Data;
using CobBot.Tests.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace CobBot.Tests.Dialogs.Booking;

/// <summary>
/// A fresh migrated SQLite database and the real scheduling, email outbox and booking dialog registrations on a fake
/// clock (the outbox worker is not started: the tests read the outbox table), with the real offline recognizer for the
/// dialogs' help/cancel/person interruptions, and conversation state in <see cref="ConflictingStorage"/>.
/// </summary>
internal sealed class BookingTestHost : IAsyncDisposable
{
    /// <summary>Monday, March 2, 2026, 9:00 AM Eastern Standard Time ("next Tuesday" is March 10, after the DST change).</summary>
    public static readonly DateTimeOffset DefaultNow = SchedulingTestHost.DefaultNow;

    private readonly ServiceProvider _services;

    private BookingTestHost(ServiceProvider services, TestDatabase database)
    {
        _services = services;
        Database = database;
    }

    public TestDatabase Database { get; }
    public FakeTimeProvider Time => Get<FakeTimeProvider>();
    public ConflictingStorage Storage => Get<ConflictingStorage>();

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    /// <summary>Starts a host; <paramref name="dataFiles"/> replace shipped scheduling data files (name → JSON).</summary>
    public static async Task<BookingTestHost> StartAsync(IReadOnlyDictionary<string, string>? dataFiles = null, DateTimeOffset? now = null)
    {
        var database = await TestDatabase.CreateMigratedAsync();
        var dataDirectory = Path.Combine(database.Folder, "scheduling-data");
        Directory.CreateDirectory(dataDirectory);
        foreach (var (name, json) in dataFiles ?? new Dictionary<string, string>())
            await File.WriteAllTextAsync(Path.Combine(dataDirectory, name), json);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Email:PickupDirectory"] = Path.Combine(database.Folder, "mail-pickup"),
            ["Scheduling:DataDirectory"] = dataDirectory,
        }).Build();

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(new FakeTimeProvider(now ?? DefaultNow));
        services.AddSingleton<TimeProvider>(sp => sp.GetRequiredService<FakeTimeProvider>());
        database.AddDbContextFactory(services);
        services.AddCobBotScheduling(configuration);
        services.AddSingleton(TrainedClassifier.Instance);
        services.AddOfflineRecognizer();
        services.AddSingleton<ConflictingStorage>().AddSingleton<IStorage>(sp => sp.GetRequiredService<ConflictingStorage>());
        services.AddSingleton<ConversationState>();
        services.AddSingleton<TurnRecognizer>();
        services.AddCobBotBookingDialogs();
        return new BookingTestHost(services.BuildServiceProvider(), database);
    }

    /// <summary>Rows in a table (Appointments, OutboxMessages).</summary>
    public Task<long> CountAsync(string table) => Database.ScalarAsync($"SELECT COUNT(*) FROM \"{table}\"");

    /// <summary>Books a slot directly, as another customer would.</summary>
    public async Task<AppointmentDetails> BookAsync(string service, DateOnly date, TimeOnly time, int customer = 9)
    {
        var result = await Get<BookingService>().BookAsync(new BookingRequest
        {
            Service = service,
            Date = date,
            Time = time,
            Name = $"Other Customer{customer}",
            Email = $"other{customer}@example.com",
            Phone = "(212) 555-0199",
        });
        Assert.Equal(BookingStatus.Booked, result.Status);
        return result.Appointment!;
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Database.DisposeAsync();
    }
}
