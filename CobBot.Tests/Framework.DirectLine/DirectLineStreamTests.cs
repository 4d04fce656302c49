using System.Net.WebSockets;
using System.Text.Json.Nodes;
using CobBot.Framework.DirectLine;
using CobBot.Framework.DirectLine.EntityFramework;
using CobBot.Tests.ChannelTests;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CobBot.Tests.Framework.DirectLine;

/// <summary>The WebSocket stream: replay, typing only over the socket, keep-alives, one socket per conversation.</summary>
public sealed class DirectLineStreamTests
{
    [Fact]
    public async Task The_stream_replays_history_delivers_typing_and_tolerates_empty_frames_while_GET_never_shows_typing()
    {
        // A fixed clock: no poll of the log runs, so only the wake-ups of the append and the typing drive the stream.
        await using var host = await ChannelTestHost.StartAsync(new FakeTimeProvider(DateTimeOffset.UtcNow));
        var client = new DirectLineClient(host.Http);
        var (conversationId, token, start) = await client.StartAsync();
        await using var socket = await DirectLineSocket.OpenAsync((string)start["streamUrl"]!);

        Assert.NotNull(await socket.ReadUntilAsync(a => ((string?)a["text"])?.StartsWith(ChannelTestBot.Welcome) == true));
        await socket.SendEmptyFrameAsync();
        await client.JsonAsync(HttpMethod.Post, $"/conversations/{conversationId}/activities", token, """{"type":"message","text":"slow"}""");

        Assert.NotNull(await socket.ReadUntilAsync(a => (string?)a["text"] == "Done thinking"));
        var types = socket.Activities.Select(a => (string)a["type"]!).ToList();
        Assert.Equal(["message", "message", "typing", "message"], types);
        Assert.DoesNotContain(await client.ActivitiesAsync(conversationId, token), a => (string)a!["type"]! == "typing");
    }

    [Fact]
    public async Task Typing_keeps_its_place_between_stored_activities_when_the_stream_reads_the_log_after_the_bot_moved_on()
    {
        LateReadingDirectLineStore? store = null;
        await using var host = await ChannelTestHost.StartAsync(new FakeTimeProvider(DateTimeOffset.UtcNow), configure: services =>
            services.AddSingleton<IDirectLineStore>(sp => store = new LateReadingDirectLineStore(sp.GetRequiredService<EntityFrameworkDirectLineStore>())));
        var client = new DirectLineClient(host.Http);
        var (conversationId, token, start) = await client.StartAsync();
        await using var socket = await DirectLineSocket.OpenAsync((string)start["streamUrl"]!);
        Assert.NotNull(await socket.ReadUntilAsync(a => ((string?)a["text"])?.StartsWith(ChannelTestBot.Welcome) == true));

        // The stream reads the user's message only once the bot's answer (sent after its typing) is stored too.
        store!.HoldReadsUntilStored("Done thinking");
        await client.JsonAsync(HttpMethod.Post, $"/conversations/{conversationId}/activities", token, """{"type":"message","text":"slow"}""");

        Assert.NotNull(await socket.ReadUntilAsync(a => (string?)a["text"] == "Done thinking"));
        Assert.Equal(["Welcome", "slow", "typing", "Done thinking"],
            socket.Activities.Select(a => (string)a["type"]! == "typing" ? "typing" : ((string)a["text"]!).Split('.')[0].Replace(ChannelTestBot.Welcome, "Welcome")));
    }

    [Fact]
    public async Task A_newer_socket_replaces_the_older_one_and_reconnect_gives_a_fresh_stream_url_from_the_watermark()
    {
        await using var host = await ChannelTestHost.StartAsync();
        var client = new DirectLineClient(host.Http);
        var (conversationId, token, start) = await client.StartAsync();
        await using var older = await DirectLineSocket.OpenAsync((string)start["streamUrl"]!);
        Assert.NotNull(await older.ReadUntilAsync(_ => true));

        var reconnect = await client.JsonAsync(HttpMethod.Get, $"/conversations/{conversationId}?watermark=1", token);
        Assert.NotEqual((string)start["streamUrl"]!, (string)reconnect["streamUrl"]!);
        await using var newer = await DirectLineSocket.OpenAsync((string)reconnect["streamUrl"]!);

        Assert.Null(await older.ReadUntilAsync(_ => false));
        Assert.Equal(WebSocketCloseStatus.PolicyViolation, older.CloseStatus);
        Assert.Equal("collision", older.CloseReason);
        await client.JsonAsync(HttpMethod.Post, $"/conversations/{conversationId}/activities", token, """{"type":"message","text":"after"}""");
        Assert.NotNull(await newer.ReadUntilAsync(a => (string?)a["text"] == "Echo: after"));
        // Watermark 1 skipped the welcome: the newer stream starts after it.
        Assert.DoesNotContain(newer.Activities, a => ((string?)a["text"])?.StartsWith(ChannelTestBot.Welcome) == true);
    }

    [Fact]
    public async Task A_stream_url_is_refused_for_another_conversation_and_after_it_expires()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = await ChannelTestHost.StartAsync(time);
        var client = new DirectLineClient(host.Http);
        var (_, _, first) = await client.StartAsync();
        var (otherId, _, _) = await client.StartAsync("dl_other");

        var stolen = ((string)first["streamUrl"]!).Replace((string)first["conversationId"]!, otherId);
        await Assert.ThrowsAsync<WebSocketException>(() => DirectLineSocket.OpenAsync(stolen));
        time.Advance(TimeSpan.FromMinutes(2));
        await Assert.ThrowsAsync<WebSocketException>(() => DirectLineSocket.OpenAsync((string)first["streamUrl"]!));
    }
}
