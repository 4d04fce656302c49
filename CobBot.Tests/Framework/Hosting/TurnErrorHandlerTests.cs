using System.Net;
using CobBot.Framework.Schema;
using Microsoft.Extensions.Logging;

namespace CobBot.Tests.Framework.Hosting;

public sealed class TurnErrorHandlerTests
{
    private static async Task<BotTestHost> StartFailingBotAsync()
    {
        var host = await BotTestHost.StartAsync<CounterBot>();
        host.Bot<CounterBot>().DuringTurn = (turnContext, _) => turnContext.Activity.Text!.StartsWith("boom", StringComparison.Ordinal)
            ? throw new InvalidOperationException($"Could not understand '{turnContext.Activity.Text}'")
            : Task.CompletedTask;
        return host;
    }

    [Fact]
    public async Task Bot_exception_becomes_an_apology_and_a_fresh_conversation_state()
    {
        await using var host = await StartFailingBotAsync();
        await host.PostAsync(TestActivities.Message("hi", "m-1"));

        var response = await host.PostAsync(TestActivities.Message("boom, my name is Dana Whitfield", "m-2"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var apology = host.Connector.Messages[^1];
        Assert.StartsWith("Sorry, something went wrong", apology.Text);
        Assert.Equal("m-2", apology.ReplyToId);
        var state = (await host.ConversationStateAsync())!;
        Assert.False(state.ContainsKey("counter"));
        Assert.Equal(["m-2"], state["recentActivityIds"]!.AsArray().Select(n => n!.GetValue<string>()));

        await host.PostAsync(TestActivities.Message("hi again", "m-3"));
        Assert.Equal(["count 1", apology.Text, "count 1"], host.Connector.Messages.Select(m => m.Text));
    }

    [Fact]
    public async Task Failure_is_logged_by_type_without_the_user_text()
    {
        await using var host = await StartFailingBotAsync();

        await host.PostAsync(TestActivities.Message("boom, my name is Dana Whitfield", "m-1"));

        var error = Assert.Single(host.Logs.Lines, l => l.Level == LogLevel.Error);
        Assert.Contains(nameof(InvalidOperationException), error.Message);
        Assert.DoesNotContain(host.Logs.Lines, l => l.Message.Contains("Dana", StringComparison.Ordinal) || l.Message.Contains("Whitfield", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(Channels.Emulator, new[] { "message", "trace" })]
    [InlineData(Channels.Msteams, new[] { "message" })]
    public async Task Error_trace_goes_to_the_emulator_only(string channelId, string[] expectedTypes)
    {
        await using var host = await StartFailingBotAsync();

        await host.PostAsync(TestActivities.Message("boom", "m-1", channelId));

        Assert.Equal(expectedTypes, host.Connector.Calls.Select(c => c.Activity!.Type));
        if (channelId == Channels.Emulator)
        {
            var trace = host.Connector.Calls[1].Activity!;
            Assert.Equal("OnTurnError Trace", trace.Name);
            Assert.Equal("https://www.botframework.com/schemas/error", trace.ValueType);
        }
    }

    [Theory]
    [InlineData("boom")]
    [InlineData("hi")]
    public async Task Failing_connector_is_a_500_after_one_attempt_and_never_loops(string text)
    {
        await using var host = await StartFailingBotAsync();
        host.Connector.Failure = new HttpRequestException("channel unreachable");

        var response = await host.PostAsync(TestActivities.Message(text, "m-1"));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Single(host.Connector.Calls);
    }
}
