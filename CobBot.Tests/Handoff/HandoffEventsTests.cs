using CobBot.Framework.Backplane;
using CobBot.Handoff;
using CobBot.Tests.Framework.EntityFramework;
using CobBot.Tests.Framework.State;

namespace CobBot.Tests.Handoff;

public sealed class HandoffEventsTests : IRequiresPostgres
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task An_event_reaches_every_console_of_this_instance_with_its_agent()
    {
        using var events = new HandoffEvents(new InProcessBackplane());
        using var first = events.Subscribe();
        using var second = events.Subscribe();

        events.Publish(new HandoffEvent(HandoffEvent.MessageKind, 42, "Maria"));
        events.Publish(new HandoffEvent(HandoffEvent.QueueKind, 43, null));

        foreach (var console in new[] { first, second })
        {
            Assert.Equal(new HandoffEvent(HandoffEvent.MessageKind, 42, "Maria"), await console.Reader.ReadAsync());
            Assert.Equal(new HandoffEvent(HandoffEvent.QueueKind, 43, null), await console.Reader.ReadAsync());
        }
    }

    [StorageFact]
    public async Task A_console_on_one_instance_hears_an_event_of_the_other()
    {
        await using var backplanes = await PostgresBackplanes.StartAsync(2);
        using var a = new HandoffEvents(backplanes.Instances[0]);
        using var b = new HandoffEvents(backplanes.Instances[1]);
        using var console = a.Subscribe();

        b.Publish(new HandoffEvent(HandoffEvent.MessageKind, 7, "Maria"));
        b.Publish(new HandoffEvent(HandoffEvent.QueueKind, 8, null));

        Assert.Equal(new HandoffEvent(HandoffEvent.MessageKind, 7, "Maria"), await console.Reader.ReadAsync().AsTask().WaitAsync(Patience));
        Assert.Equal(new HandoffEvent(HandoffEvent.QueueKind, 8, null), await console.Reader.ReadAsync().AsTask().WaitAsync(Patience));
        Assert.False(console.Reader.TryRead(out _));
    }
}
