using CobBot.Framework.DirectLine;
using CobBot.Tests.ChannelTests;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CobBot.Tests.Framework.DirectLine;

/// <summary>Idle Direct Line conversations are deleted with their logs and uploads; active ones stay.</summary>
public sealed class DirectLineRetentionTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 14, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_conversation_idle_past_the_retention_is_deleted_with_its_log_and_uploads_and_an_active_one_stays()
    {
        var time = new FakeTimeProvider(Start);
        await using var host = await ChannelTestHost.StartAsync(time);
        var client = new DirectLineClient(host.Http);
        var store = host.Services.GetRequiredService<IDirectLineStore>();
        var (idle, idleToken, _) = await client.StartAsync("dl_idle");
        var (active, _, _) = await client.StartAsync("dl_active");
        await client.JsonAsync(HttpMethod.Post, $"/conversations/{idle}/activities", idleToken, new { type = "message", text = "my member id is W123456789" });
        await store.SaveUploadAsync(new DirectLineUpload("upload-idle", idle, "text/plain", "card.txt", [1, 2, 3]));

        time.Advance(TimeSpan.FromDays(20));
        // The customer's token has long expired; the site's backend (the secret) still reaches the conversation.
        await client.JsonAsync(HttpMethod.Post, $"/conversations/{active}/activities", ChannelTestHost.Secret, new { type = "message", text = "still here", from = new { id = "dl_active" } });
        time.Advance(TimeSpan.FromDays(11));

        await WaitUntilAsync(async () => await store.GetConversationAsync(idle) is null);
        Assert.Empty((await store.GetActivitiesAsync(idle, 0, 100)).Activities);
        Assert.Null(await store.GetUploadAsync("upload-idle"));
        Assert.Equal((404, "NotFound"), await DirectLineClient.ErrorOf(await client.SendAsync(HttpMethod.Get, $"/conversations/{idle}/activities", ChannelTestHost.Secret)));
        Assert.NotNull(await store.GetConversationAsync(active));
        Assert.Contains(await client.ActivitiesAsync(active, ChannelTestHost.Secret), a => (string?)a!["text"] == "Echo: still here");
    }

    [Fact]
    public async Task A_database_from_before_last_activity_was_tracked_gets_the_column_and_its_old_conversations_expire()
    {
        var databaseFile = ChannelTestHost.NewDatabaseFile();
        try
        {
            await using (var connection = new SqliteConnection($"Data Source={databaseFile};Pooling=False"))
            {
                await connection.OpenAsync();
                await using var command = connection.CreateCommand();
                command.CommandText = """
                    CREATE TABLE "DirectLineConversations" ("Id" TEXT NOT NULL PRIMARY KEY, "UserId" TEXT NULL, "UserName" TEXT NULL,
                        "ServiceUrl" TEXT NOT NULL, "LastSequence" INTEGER NOT NULL, "CreatedAt" TEXT NOT NULL);
                    INSERT INTO "DirectLineConversations" VALUES ('old', 'dl_old', NULL, 'http://127.0.0.1/v3/directline/connector/', 0, '2026-01-15 09:00:00+00:00');
                    INSERT INTO "DirectLineConversations" VALUES ('recent', 'dl_recent', NULL, 'http://127.0.0.1/v3/directline/connector/', 0, '2026-02-20 09:00:00+00:00');
                    """;
                await command.ExecuteNonQueryAsync();
            }

            await using var host = await ChannelTestHost.StartAsync(new FakeTimeProvider(Start), databaseFile: databaseFile);
            var store = host.Services.GetRequiredService<IDirectLineStore>();

            await WaitUntilAsync(async () => await store.GetConversationAsync("old") is null);
            Assert.NotNull(await store.GetConversationAsync("recent"));
            var (conversationId, token, _) = await new DirectLineClient(host.Http).StartAsync();
            Assert.NotEmpty(await new DirectLineClient(host.Http).ActivitiesAsync(conversationId, token));
        }
        finally
        {
            ChannelTestHost.DeleteDatabase(databaseFile);
        }
    }

    [Fact]
    public async Task A_retention_shorter_than_a_token_s_lifetime_is_refused_at_start()
    {
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => ChannelTestHost.StartAsync(
            settings: new Dictionary<string, string?> { ["DirectLine:ConversationRetention"] = "00:10:00" }));

        Assert.Contains("DirectLine:ConversationRetention must be at least DirectLine:TokenLifetime.", failure.Failures);
    }

    /// <summary>Waits for the background pass (the timeout only guards against a hung test).</summary>
    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!await condition()) await Task.Delay(20, timeout.Token);
    }
}
