using CobBot.Analytics.Persistence;
using CobBot.Data;
using CobBot.Framework.State.EntityFramework;
using Microsoft.EntityFrameworkCore;

namespace CobBot.Tests.Data;

public class BatchedDbWriterTests
{
    private static TurnRecord Record(string turnKey) => new()
    {
        TurnKeyHash = turnKey,
        ConversationKeyHash = "conversation",
        Channel = "test",
        Intent = "Greeting",
        Score = 0.9,
        Recognizer = "offline",
        OccurredAt = DateTimeOffset.UnixEpoch,
    };

    [Fact]
    public async Task Rows_of_concurrent_callers_are_all_committed_when_each_call_returns()
    {
        await using var database = await TestDatabase.CreateMigratedAsync();
        var writer = new BatchedDbWriter(database, new SqliteWriteGate());

        await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(() => writer.InsertAsync([Record($"turn-{i}")]))));

        Assert.Equal(200, await database.ScalarAsync("SELECT COUNT(*) FROM TurnRecords"));
        await writer.InsertAsync([Record("after")]);
        Assert.Equal(201, await database.ScalarAsync("SELECT COUNT(*) FROM TurnRecords"));
    }

    [Fact]
    public async Task A_caller_whose_rows_fail_gets_the_error_and_the_others_rows_are_still_committed()
    {
        await using var database = await TestDatabase.CreateMigratedAsync();
        var writer = new BatchedDbWriter(database, new SqliteWriteGate());
        await writer.InsertAsync([Record("taken")]);

        var calls = Enumerable.Range(0, 50).Select(i => Task.Run(() => writer.InsertAsync([Record(i == 25 ? "taken" : $"turn-{i}")]))).ToList();
        await Assert.ThrowsAnyAsync<Exception>(() => Task.WhenAll(calls));

        Assert.Equal(1, calls.Count(call => call.IsFaulted));
        Assert.IsType<DbUpdateException>(calls[25].Exception!.InnerException);
        Assert.Equal(50, await database.ScalarAsync("SELECT COUNT(*) FROM TurnRecords"));
    }

    [Fact]
    public async Task Rows_wait_for_the_write_gate_shared_with_the_bot_state()
    {
        await using var database = await TestDatabase.CreateMigratedAsync();
        var gate = new SqliteWriteGate();
        var writer = new BatchedDbWriter(database, gate);
        var stateWrite = await gate.EnterAsync();

        var insert = writer.InsertAsync([Record("queued")]);
        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => Task.Yield())));

        Assert.False(insert.IsCompleted);
        Assert.Equal(0, await database.ScalarAsync("SELECT COUNT(*) FROM TurnRecords"));
        stateWrite.Dispose();
        await insert;
        Assert.Equal(1, await database.ScalarAsync("SELECT COUNT(*) FROM TurnRecords"));
    }
}
