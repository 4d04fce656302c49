using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using CobBot.Handoff.Api;
using CobBot.Tests.Framework.DirectLine;
using CobBot.Tests.Framework.State;
using CobBot.Tests.Handoff;
using netDumbster.smtp;
using Npgsql;

namespace CobBot.Tests.Deployment;

/// <summary>
/// Two published CobBot processes on one fresh PostgreSQL database (named by the seed's <c>DATABASE_URL</c>), started
/// together as two replicas would be, with requests split between them and no sticky sessions. Both outbox workers
/// deliver to one real in-process SMTP server, and live agents are available around the clock.
/// </summary>
[Collection(PublishedAppCollection.Name)]
public sealed class TwoInstancesTests(PublishedApp published) : IRequiresPostgres, IAsyncLifetime
{
    private readonly string _database = $"two_{Guid.NewGuid():N}";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly string _adminPassword = Convert.ToHexString(RandomNumberGenerator.GetBytes(12));
    private readonly string _directLineSecret = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
    private readonly List<HttpClient> _clients = [];
    private readonly SimpleSmtpServer _smtp = SimpleSmtpServer.Start();
    private string? _connectionString;

    public async Task InitializeAsync()
    {
        if (PostgresTestSchema.AdminConnectionString is not { } admin) return;
        await ExecuteAsync(admin, $"CREATE DATABASE \"{_database}\"");
        var server = new NpgsqlConnectionStringBuilder(admin);
        _connectionString = new NpgsqlConnectionStringBuilder(admin) { Database = _database }.ConnectionString;
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
            ["Email__Smtp__Host"] = "127.0.0.1",
            ["Email__Smtp__Port"] = _smtp.Configuration.Port.ToString(CultureInfo.InvariantCulture),
            ["Email__Smtp__UseTls"] = "false",
        };
        foreach (var day in Enum.GetValues<DayOfWeek>())
        {
            // A window that closes when it opens runs until the same time the next day: open all week.
            shared[$"Handoff__SupportHours__Windows__{(int)day}__Day"] = day.ToString();
            shared[$"Handoff__SupportHours__Windows__{(int)day}__Open"] = "00:00";
            shared[$"Handoff__SupportHours__Windows__{(int)day}__Close"] = "00:00";
        }
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
    public async Task Fifty_concurrent_bookings_of_a_slot_s_last_seat_split_across_both_get_exactly_one_and_each_confirmation_is_mailed_once()
    {
        var (date, slots) = await FindOpenDayAsync();
        var seats = 0;
        while ((await BookAsync(_clients[seats % 2], date, slots[0], seats)).StatusCode == HttpStatusCode.Created) seats++;
        for (var i = 1; i < seats; i++)
            Assert.Equal(HttpStatusCode.Created, (await BookAsync(_clients[i % 2], date, slots[1], 50 + i)).StatusCode);

        var attempts = await Task.WhenAll(Enumerable.Range(100, 50).Select(i => BookAsync(_clients[i % 2], date, slots[1], i)));

        Assert.InRange(seats, 1, 20);
        Assert.Single(attempts, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(attempts.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        // Both outbox workers run; once every confirmation is marked sent, the server has each exactly once.
        var booked = 2 * seats;
        for (var attempt = 0; attempt < 300 && (await UnsentOutboxAsync() > 0 || _smtp.ReceivedEmailCount < booked); attempt++) await Task.Delay(100);
        Assert.Equal(0, await UnsentOutboxAsync());
        var mailed = _smtp.ReceivedEmail.Select(m => m.Headers["Message-ID"]).ToList();
        Assert.Equal(booked, mailed.Count);
        Assert.Equal(booked, mailed.Distinct().Count());
    }

    [StorageFact]
    public async Task A_customer_on_one_instance_and_an_agent_on_the_other_chat_both_ways_through_the_relay()
    {
        var (onA, agent) = (new DirectLineClient(_clients[0]), await AdminAsync(_clients[1]));
        var generated = await onA.JsonAsync(HttpMethod.Post, "/tokens/generate", _directLineSecret, new { user = new { id = "dl_relay-customer", name = "Test" } });
        var token = (string)generated["token"]!;
        var start = await onA.JsonAsync(HttpMethod.Post, "/conversations", token);
        var conversationId = (string)start["conversationId"]!;
        await using var customer = await DirectLineSocket.OpenAsync((string)start["streamUrl"]!);
        // The agent's live feed is on B, opened with a ticket A issued.
        var ticket = await (await (await AdminAsync(_clients[0])).PostAsync("/api/admin/escalations/stream-ticket", null)).Content.ReadFromJsonAsync<StreamTicketResponse>();
        using var feed = new SseReader(await _clients[1].GetAsync($"/api/admin/escalations/stream?ticket={ticket!.Ticket}", HttpCompletionOption.ResponseHeadersRead));
        Task SayAsync(string text) => onA.JsonAsync(HttpMethod.Post, $"/conversations/{conversationId}/activities", token,
            new { type = "message", from = new { id = "dl_relay-customer" }, text });
        Task<JsonObject?> HearAsync(string text) =>
            customer.ReadUntilAsync(a => ((string?)a["text"])?.Contains(text, StringComparison.Ordinal) == true).WaitAsync(Patience);

        await SayAsync("I'd like to talk to a human please");
        Assert.NotNull(await HearAsync("live agent"));
        await feed.UntilAsync("queue");
        var escalation = Assert.Single((await agent.GetFromJsonAsync<JsonArray>("/api/admin/escalations"))!)!;
        var id = (int)escalation["id"]!;
        Assert.Equal(HttpStatusCode.OK, (await agent.PostAsync($"/api/admin/escalations/{id}/claim", null)).StatusCode);
        Assert.NotNull(await HearAsync("has joined the conversation"));

        await SayAsync("My March invoice looks wrong");
        await feed.UntilAsync("message");
        var transcript = (await agent.GetFromJsonAsync<JsonArray>($"/api/admin/conversations/{(string)escalation["conversationId"]!}/transcript"))!;
        Assert.Equal("My March invoice looks wrong", (string?)transcript[^1]!["text"]);
        Assert.Equal(HttpStatusCode.NoContent,
            (await agent.PostAsJsonAsync($"/api/admin/escalations/{id}/messages", new AgentMessageRequest("Let me check that invoice for you."))).StatusCode);
        Assert.NotNull(await HearAsync("Let me check that invoice for you."));
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
        _smtp.Dispose();
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

    private async Task<long> UnsentOutboxAsync()
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""SELECT count(*) FROM "OutboxMessages" WHERE "SentUtc" IS NULL""", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
