using System.Threading.Channels;
using CobBot.Framework.Backplane;
using CobBot.Tests.Framework.State;

namespace CobBot.Tests.Framework.EntityFramework;

/// <summary>Two backplanes on one PostgreSQL database stand for two instances of the bot.</summary>
public sealed class PostgresBackplaneTests : IRequiresPostgres
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [StorageFact]
    public async Task A_message_reaches_the_other_instance_and_this_one_exactly_once()
    {
        await using var backplanes = await PostgresBackplanes.StartAsync(2);
        var (a, b) = (backplanes.Instances[0], backplanes.Instances[1]);
        var atA = Channel.CreateUnbounded<string>();
        var atB = Channel.CreateUnbounded<string>();
        using var subscriptionA = a.Subscribe("topic", m => atA.Writer.TryWrite(m));
        using var subscriptionB = b.Subscribe("topic", m => atB.Writer.TryWrite(m));

        a.Publish("topic", "from a | with a bar\nand a line");
        Assert.Equal("from a | with a bar\nand a line", await atB.Reader.ReadAsync().AsTask().WaitAsync(Patience));
        b.Publish("topic", "from b");

        // A had its own message locally at once; had its echo come back, it would have arrived before B's answer.
        Assert.Equal("from a | with a bar\nand a line", await atA.Reader.ReadAsync().AsTask().WaitAsync(Patience));
        Assert.Equal("from b", await atA.Reader.ReadAsync().AsTask().WaitAsync(Patience));
        Assert.False(atA.Reader.TryRead(out _));
        Assert.Equal("from b", await atB.Reader.ReadAsync().AsTask().WaitAsync(Patience));
        Assert.False(atB.Reader.TryRead(out _));
    }

    [StorageFact]
    public async Task Topics_stay_apart_across_instances()
    {
        await using var backplanes = await PostgresBackplanes.StartAsync(2);
        var (a, b) = (backplanes.Instances[0], backplanes.Instances[1]);
        var first = Channel.CreateUnbounded<string>();
        var second = Channel.CreateUnbounded<string>();
        using var one = b.Subscribe("one", m => first.Writer.TryWrite(m));
        using var two = b.Subscribe("two", m => second.Writer.TryWrite(m));

        a.Publish("two", "for two");
        a.Publish("one", "for one");

        Assert.Equal("for one", await first.Reader.ReadAsync().AsTask().WaitAsync(Patience));
        Assert.Equal("for two", await second.Reader.ReadAsync().AsTask().WaitAsync(Patience));
        Assert.False(first.Reader.TryRead(out _));
    }

    [StorageFact]
    public async Task A_message_over_the_notification_limit_stays_in_its_instance()
    {
        await using var backplanes = await PostgresBackplanes.StartAsync(2);
        var (a, b) = (backplanes.Instances[0], backplanes.Instances[1]);
        var atA = new List<string>();
        var atB = Channel.CreateUnbounded<string>();
        using var subscriptionA = a.Subscribe("topic", atA.Add);
        using var subscriptionB = b.Subscribe("topic", m => atB.Writer.TryWrite(m));
        var large = new string('x', PostgresBackplane.MaxPayloadBytes);

        a.Publish("topic", large);
        a.Publish("topic", "small");

        Assert.Equal([large, "small"], atA);
        Assert.Equal("small", await atB.Reader.ReadAsync().AsTask().WaitAsync(Patience));
        Assert.False(atB.Reader.TryRead(out _));
    }

    [Fact]
    public void A_topic_cannot_carry_the_envelope_separator()
    {
        using var backplane = new PostgresBackplane("Host=127.0.0.1", "channel", TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance);

        Assert.Throws<ArgumentException>(() => backplane.Publish("a|b", "x"));
    }
}
