using CobBot.Analytics.Persistence;
using CobBot.Data;
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
        var writer = new BatchedDbWriter(database);

        await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(() => writer.InsertAsync([Record($"turn-{i}")]))));

        Assert.Equal(200, await database.ScalarAsync("SELECT COUNT(*) FROM TurnRecords"));
        await writer.InsertAsync([Record("after")]);
        Assert.Equal(201, await database.ScalarAsync("SELECT COUNT(*) FROM TurnRecords"));
    }

    [Fact]
    public async Task A_caller_whose_rows_fail_gets_the_error_and_the_others_rows_are_still_committed()
    {
        await using var database = await TestDatabase.CreateMigratedAsync();
        var writer = new BatchedDbWriter(database);
        await writer.InsertAsync([Record("taken")]);

        var calls = Enumerable.Range(0, 50).Select(i => Task.Run(() => writer.InsertAsync([Record(i == 25 ? "taken" : $"turn-{i}")]))).ToList();
        await Assert.ThrowsAnyAsync<Exception>(() => Task.WhenAll(calls));

        Assert.Equal(1, calls.Count(call => call.IsFaulted));
        Assert.IsType<DbUpdateException>(calls[25].Exception!.InnerException);
        Assert.Equal(50, await database.ScalarAsync("SELECT COUNT(*) FROM TurnRecords"));
    }
}
