using CobBot.Framework.State.EntityFramework;

namespace CobBot.Tests.Framework.EntityFramework;

public class SqliteWriteGateTests
{
    [Fact]
    public async Task A_second_writer_enters_only_when_the_first_leaves()
    {
        var gate = new SqliteWriteGate();
        var first = await gate.EnterAsync();

        var second = gate.EnterAsync();
        Assert.False(second.IsCompleted);

        first.Dispose();
        first.Dispose(); // a second Dispose does not let a third writer in as well
        using var entered = await second;
        Assert.False(gate.EnterAsync().IsCompleted);
    }
}
