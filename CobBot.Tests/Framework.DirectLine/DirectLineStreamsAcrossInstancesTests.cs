using CobBot.Framework.Backplane;
using CobBot.Framework.DirectLine;
using CobBot.Framework.Schema;
using CobBot.Tests.Framework.EntityFramework;
using CobBot.Tests.Framework.State;

namespace CobBot.Tests.Framework.DirectLine;

/// <summary>The streams of two instances joined by a PostgreSQL backplane.</summary>
public sealed class DirectLineStreamsAcrossInstancesTests : IRequiresPostgres
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [StorageFact]
    public async Task A_stream_on_one_instance_hears_what_the_other_appended_and_its_typing()
    {
        await using var backplanes = await PostgresBackplanes.StartAsync(2);
        using var a = new DirectLineStreams(backplanes.Instances[0]);
        using var b = new DirectLineStreams(backplanes.Instances[1]);
        using var stream = a.Subscribe("conv1");
        using var elsewhere = a.Subscribe("conv2");

        b.NotifyAppended("conv1", new Activity { Id = "conv1|0000007", Type = ActivityTypes.Message });
        b.PublishEphemeral("conv1", new Activity { Type = ActivityTypes.Typing, From = new ChannelAccount("bot") });
        b.NotifyChanged("conv1");

        var appended = await stream.Mailbox.ReadAsync().AsTask().WaitAsync(Patience);
        var typing = await stream.Mailbox.ReadAsync().AsTask().WaitAsync(Patience);
        var changed = await stream.Mailbox.ReadAsync().AsTask().WaitAsync(Patience);
        Assert.Equal(new DirectLineStreamSignal(7, null), appended);
        Assert.Equal(7, typing.StoredUpTo);
        Assert.Equal(ActivityTypes.Typing, typing.Ephemeral?.Type);
        Assert.Equal("bot", typing.Ephemeral?.From?.Id);
        Assert.Equal(long.MaxValue, changed.StoredUpTo);
        Assert.False(elsewhere.Mailbox.TryRead(out _));
        Assert.False(b.IsOpen("conv1"));
    }

    [StorageFact]
    public async Task A_newer_stream_on_the_other_instance_replaces_this_one()
    {
        await using var backplanes = await PostgresBackplanes.StartAsync(2);
        using var a = new DirectLineStreams(backplanes.Instances[0]);
        using var b = new DirectLineStreams(backplanes.Instances[1]);
        using var older = a.Subscribe("conv1");
        var replaced = new TaskCompletionSource();
        older.Replaced.Register(replaced.SetResult);

        using var newer = b.Subscribe("conv1");

        await replaced.Task.WaitAsync(Patience);
        Assert.False(a.IsOpen("conv1"));
        Assert.True(b.IsOpen("conv1"));
        Assert.False(newer.Replaced.IsCancellationRequested);
    }

    [Fact]
    public void Two_streams_opened_at_once_on_two_instances_leave_the_newer_open_whatever_order_their_signals_arrive_in()
    {
        // Two instances whose signals the test carries by hand, so the older stream's signal can arrive last.
        var (onA, onB) = (new InProcessBackplane(), new InProcessBackplane());
        var (fromA, fromB) = (new List<string>(), new List<string>());
        using var a = new DirectLineStreams(onA);
        using var b = new DirectLineStreams(onB);
        using var capturingA = onA.Subscribe(DirectLineStreams.Topic, fromA.Add);
        using var capturingB = onB.Subscribe(DirectLineStreams.Topic, fromB.Add);
        using var older = a.Subscribe("conv1");
        using var newer = b.Subscribe("conv1");

        foreach (var signal in fromB.ToList()) onA.Publish(DirectLineStreams.Topic, signal);
        foreach (var signal in fromA.ToList()) onB.Publish(DirectLineStreams.Topic, signal);

        Assert.True(older.Replaced.IsCancellationRequested);
        Assert.False(a.IsOpen("conv1"));
        Assert.False(newer.Replaced.IsCancellationRequested);
        Assert.True(b.IsOpen("conv1"));
    }
}
