using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using CobBot.Tests.Framework.DirectLine;
using CobBot.Tests.Framework.State;
using Npgsql;

namespace CobBot.Tests.Deployment;

/// <summary>
/// Two published CobBot processes on one fresh PostgreSQL database (named by the seed's <c>DATABASE_URL</c>), started
/// together as two replicas would be, with requests split between them and no sticky sessions.
/// </summary>
[Collection(PublishedAppCollection.Name)]
public sealed class TwoInstancesTests(PublishedApp published) : IRequiresPostgres, IAsyncLifetime
{
    private readonly string _database = $"two_{Guid.NewGuid():N}";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly string _adminPassword = Convert.ToHexString(RandomNumberGenerator.GetBytes(12));
    private readonly string _directLineSecret = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
    private readonly List<HttpClient> _clients = [];

    public async Task InitializeAsync()
    {
        if (PostgresTestSchema.AdminConnectionString is not { } admin) return;
        await ExecuteAsync(admin, $"CREATE DATABASE \"{_database}\"");
        var server = new NpgsqlConnectionStringBuilder(admin);
        var url = $"postgres://{Uri.EscapeDataString(server.Username!)}:{Uri.EscapeDataString(server.Password!)}@{server.Host}:{server.Port}/{_database}";
        var shared = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["DATABASE_URL"] = url,
            ["JWT_SECRET_KEY"] = Convert.ToHexString(RandomNumberGenerator.GetBytes(32)),
            ["ADMIN_PASSWORD"] = _adminPassword,
            ["DirectLine__Secret"] = _directLineSecret,
            // Streams poll the store only every ten minutes here: a reply within the test's patience came by a signal.
            ["DirectLine__StreamPollInterval"] = "00:10:00",
            ["Email__PickupDirectory"] = Path.Combine(published.DataFolder, _database, "mail-pickup"),
        };
        var starting = new List<(HttpClient, System.Diagnostics.Process)>();
        for (var i = 0; i < 2; i++)
        {
            var port = PublishedApp.FreePort();
            var app = published.Start(new Dictionary<string, string>(shared) { ["ASPNETCORE_HTTP_PORTS"] = port.ToString(CultureInfo.InvariantCulture) });
            var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            _clients.Add(client);
            starting.Add((client, app));
        }

        await Task.WhenAll(starting.Select(s => PublishedApp.UntilAsync(s.Item1, "/health/ready", s.Item2)));
    }

    [StorageFact]
    public async Task Twenty_concurrent_messages_of_one_conversation_split_across_both_are_each_answered_once_and_counted_once()
    {
        var session = (string?)(await ChatAsync(_clients[0], "hello", null))["session_id"];

        var replies = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => ChatAsync(_clients[i % 2], "What are your support hours?", session)));

        Assert.All(replies, reply => Assert.Contains("4:00 PM", (string?)reply["response"]));
        Assert.All(replies, reply => Assert.Equal(session, (string?)reply["session_id"]));
        var admin = await AdminAsync(_clients[1]);
        var turns = 0;
        for (var attempt = 0; attempt < 300 && turns < 21; attempt++)
        {
            turns = (int)(await admin.GetFromJsonAsync<JsonObject>("/api/admin/dashboard"))!["turns"]!;
            if (turns < 21) await Task.Delay(100);
        }

        Assert.Equal(21, turns);
    }

    [StorageFact]
    public async Task Fifty_concurrent_bookings_of_one_slot_split_across_both_get_exactly_its_seats()
    {
        var (date, slots) = await FindOpenDayAsync();
        var seats = 0;
        while ((await BookAsync(_clients[seats % 2], date, slots[0], seats)).StatusCode == HttpStatusCode.Created) seats++;

        var attempts = await Task.WhenAll(Enumerable.Range(100, 50).Select(i => BookAsync(_clients[i % 2], date, slots[1], i)));

        Assert.InRange(seats, 1, 20);
        Assert.Equal(seats, attempts.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.All(attempts.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
    }

    [StorageFact]
    public async Task A_web_chat_stream_on_one_instance_receives_the_reply_the_other_produced()
    {
        var (onA, onB) = (new DirectLineClient(_clients[0]), new DirectLineClient(_clients[1]));
        var generated = await onA.JsonAsync(HttpMethod.Post, "/tokens/generate", _directLineSecret, new { user = new { id = "dl_two-instances", name = "Test" } });
        var token = (string)generated["token"]!;
        var start = await onA.JsonAsync(HttpMethod.Post, "/conversations", token);
        var conversationId = (string)start["conversationId"]!;
        await using var stream = await DirectLineSocket.OpenAsync((string)start["streamUrl"]!);

        await onB.JsonAsync(HttpMethod.Post, $"/conversations/{conversationId}/activities", token,
            new { type = "message", from = new { id = "dl_two-instances" }, text = "What are your support hours?" });

        var reply = await stream.ReadUntilAsync(a => ((string?)a["text"])?.Contains("4:00 PM", StringComparison.Ordinal) == true).WaitAsync(Patience);
        Assert.NotNull(reply);
        Assert.NotEqual("dl_two-instances", (string?)reply["from"]?["id"]);
    }

    public async Task DisposeAsync()
    {
        foreach (var client in _clients) client.Dispose();
        if (PostgresTestSchema.AdminConnectionString is { } admin)
            await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)");
    }

    private async Task<(string Date, string[] Slots)> FindOpenDayAsync()
    {
        var day = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(3);
        for (var i = 0; i < 30; i++, day = day.AddDays(1))
        {
            var date = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var availability = await _clients[0].GetFromJsonAsync<JsonObject>($"/api/availability?service_type=Benefits%20Analysis&date={date}");
            var slots = availability!["slots"]!.AsArray()
                .Select(s => (Start: DateTimeOffset.Parse((string)s!["start"]!, CultureInfo.InvariantCulture), End: DateTimeOffset.Parse((string)s!["end"]!, CultureInfo.InvariantCulture)))
                .ToList();
            // Two slots that do not overlap, so filling the first leaves the second free.
            if (slots.Count > 0 && slots.FirstOrDefault(s => s.Start >= slots[0].End) is { End: var end } second && end != default)
                return (date, [slots[0].Start.ToString("HH:mm", CultureInfo.InvariantCulture), second.Start.ToString("HH:mm", CultureInfo.InvariantCulture)]);
        }

        throw new InvalidOperationException("No day with two separate free Benefits Analysis slots in the next month.");
    }

    private static Task<HttpResponseMessage> BookAsync(HttpClient client, string date, string time, int customer) =>
        client.PostAsJsonAsync("/api/appointments", new Dictionary<string, string>
        {
            ["name"] = $"Jordan Customer{customer}",
            ["email"] = $"customer{customer}@example.com",
            ["phone"] = "+1 212 555 0147",
            ["service_type"] = "Benefits Analysis",
            ["preferred_date"] = date,
            ["preferred_time"] = time,
        });

    private static async Task<JsonObject> ChatAsync(HttpClient client, string message, string? session)
    {
        var response = await client.PostAsJsonAsync("/api/chat", new JsonObject { ["message"] = message, ["session_id"] = session });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    private async Task<HttpClient> AdminAsync(HttpClient instance)
    {
        var login = await instance.PostAsJsonAsync("/api/admin/login", new JsonObject { ["username"] = "admin", ["password"] = _adminPassword });
        var token = (string?)(await login.Content.ReadFromJsonAsync<JsonObject>())!["access_token"];
        var admin = new HttpClient { BaseAddress = instance.BaseAddress };
        admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        _clients.Add(admin);
        return admin;
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
