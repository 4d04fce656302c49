using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CobBot.Data;
using CobBot.Email;
using CobBot.Framework.DirectLine;
using CobBot.Framework.State;
using CobBot.Tests.App;
using CobBot.Tests.Framework.State;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MimeKit;

namespace CobBot.Tests.Data;

/// <summary>
/// The whole app with <c>Database:Provider=Postgres</c> on an empty schema of the server in <c>ConnectionStrings__Postgres</c>
/// (test.sh starts one): it migrates at start and every store runs there. Without the server these tests fail, naming the variable.
/// </summary>
public sealed class PostgresAppTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 14, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task An_empty_postgres_database_is_migrated_at_start_and_every_store_runs_on_it()
    {
        await using var schema = await PostgresTestSchema.CreateAsync();
        await using var app = Start(schema);
        var client = app.CreateClient();

        var health = await client.GetAsync("/api/health");
        var body = await health.Content.ReadFromJsonAsync<JsonObject>();

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        await using (var db = app.CreateDbContext())
        {
            Assert.IsType<PostgresCobBotDbContext>(db);
            Assert.True(db.Database.IsNpgsql());
            Assert.Equal(db.Database.GetMigrations().Last(), (string?)body!["database"]!["last_migration"]);
            Assert.Contains("InitialPostgres", (string?)body["database"]!["last_migration"]);
        }
        Assert.Equal("EntityFrameworkStorage", app.Services.GetRequiredService<IStorage>().GetType().Name);
        Assert.Equal("EntityFrameworkDirectLineStore", app.Services.GetRequiredService<IDirectLineStore>().GetType().Name);
    }

    [Fact]
    public async Task A_knowledge_question_is_answered_from_postgres_full_text_search()
    {
        await using var schema = await PostgresTestSchema.CreateAsync();
        await using var app = Start(schema);

        var response = (string?)(await app.CreateClient().ChatAsync("What is your refund policy?"))["response"];

        Assert.Contains("Source: **Refund Policy**", response);
        Assert.Contains("30 days", response);
    }

    [Fact]
    public async Task Bookings_are_stored_and_a_full_slot_is_a_409_problem()
    {
        await using var schema = await PostgresTestSchema.CreateAsync();
        await using var app = Start(schema);
        var client = app.CreateClient();

        var first = await client.PostAsJsonAsync("/api/appointments", Booking(1));
        var second = await client.PostAsJsonAsync("/api/appointments", Booking(2));
        var third = await client.PostAsJsonAsync("/api/appointments", Booking(3));

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (first.StatusCode, second.StatusCode));
        Assert.Equal(HttpStatusCode.Conflict, third.StatusCode);
        Assert.Equal("application/problem+json", third.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Slot taken", (string?)(await third.Content.ReadFromJsonAsync<JsonObject>())!["title"]);
        await using var db = app.CreateDbContext();
        Assert.Equal(2, await db.Appointments.CountAsync());
        Assert.Equal(2, await db.OutboxMessages.CountAsync());
    }

    [Fact]
    public async Task Two_concurrent_outbox_passes_send_each_email_once()
    {
        await using var schema = await PostgresTestSchema.CreateAsync();
        var transport = new RecordingTransport();
        await using var app = Start(schema, services =>
        {
            services.Remove(services.Single(d => d.ImplementationType == typeof(OutboxDispatcher)));
            services.AddSingleton<IMailTransport>(transport);
        });
        var client = app.CreateClient();
        for (var customer = 1; customer <= 2; customer++)
            Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/appointments", Booking(customer))).StatusCode);

        OutboxProcessor Worker() => ActivatorUtilities.CreateInstance<OutboxProcessor>(app.Services);
        var passes = await Task.WhenAll(Worker().DeliverDueAsync(), Worker().DeliverDueAsync());

        Assert.Equal(2, passes.Sum(p => p.Sent));
        Assert.Equal(2, transport.MessageIds.Count);
        Assert.Equal(2, transport.MessageIds.Distinct().Count());
        await using var db = app.CreateDbContext();
        Assert.Equal(2, await db.OutboxMessages.CountAsync(m => m.SentUtc != null && m.NextAttemptUtc == null));
    }

    private static CobBotAppFactory Start(PostgresTestSchema schema, Action<IServiceCollection>? services = null) => new(
        new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:CobBot"] = schema.ConnectionString,
        },
        services,
        new FakeTimeProvider(Now));

    private static Dictionary<string, string?> Booking(int customer) => new()
    {
        ["name"] = $"Jordan Customer{customer}",
        ["email"] = $"customer{customer}@example.com",
        ["phone"] = "+1 212 555 0147",
        ["service_type"] = "Benefits Analysis",
        ["preferred_date"] = "2026-03-10",
        ["preferred_time"] = "10:00",
    };

    private sealed class RecordingTransport : IMailTransport
    {
        private readonly ConcurrentQueue<string> _messageIds = new();

        public IReadOnlyCollection<string> MessageIds => _messageIds;

        public Task SendAsync(MimeMessage message, CancellationToken cancellationToken = default)
        {
            _messageIds.Enqueue(message.MessageId ?? "(none)");
            return Task.CompletedTask;
        }
    }
}
