using CobBot.Framework.Backplane;

namespace CobBot.Tests.Framework.Backplane;

public sealed class InProcessBackplaneTests
{
    [Fact]
    public void A_message_reaches_the_subscribers_of_its_topic_only_until_they_unsubscribe()
    {
        var backplane = new InProcessBackplane();
        var first = new List<string>();
        var second = new List<string>();
        var other = new List<string>();
        var subscription = backplane.Subscribe("a", first.Add);
        using var stays = backplane.Subscribe("a", second.Add);
        using var elsewhere = backplane.Subscribe("b", other.Add);

        backplane.Publish("a", "one");
        subscription.Dispose();
        subscription.Dispose();
        backplane.Publish("a", "two");

        Assert.Equal(["one"], first);
        Assert.Equal(["one", "two"], second);
        Assert.Empty(other);
    }

    [Fact]
    public void A_failing_subscriber_does_not_stop_the_others()
    {
        var backplane = new InProcessBackplane();
        var received = new List<string>();
        using var failing = backplane.Subscribe("a", _ => throw new InvalidOperationException("subscriber bug"));
        using var working = backplane.Subscribe("a", received.Add);

        backplane.Publish("a", "one");

        Assert.Equal(["one"], received);
    }

    [Fact]
    public void Publishing_without_subscribers_does_nothing()
    {
        var backplane = new InProcessBackplane();

        backplane.Publish("nobody", "listens");

        Assert.Throws<ArgumentException>(() => backplane.Publish("", "x"));
    }
}
