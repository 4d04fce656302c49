using CobBot.Framework.Builder;
using CobBot.Framework.Dialogs;
using CobBot.Framework.Schema;
using CobBot.Framework.Testing;

namespace CobBot.Tests.Framework.Testing;

public sealed class TestingToolsTests
{
    private static Task EchoAsync(ITurnContext turn, CancellationToken ct) => turn.SendActivityAsync($"echo: {turn.Activity.Text}", cancellationToken: ct);

    [Fact]
    public async Task TestAdapter_addresses_activities_and_queues_replies_in_order()
    {
        var adapter = new TestAdapter();
        var incoming = adapter.MakeActivity("hi");

        await adapter.ProcessActivityAsync(incoming, async (turn, ct) =>
        {
            await turn.SendActivityAsync("one", cancellationToken: ct);
            await turn.SendActivityAsync("two", cancellationToken: ct);
        });

        Assert.Equal((Channels.Test, "user1", "bot"), (incoming.ChannelId, incoming.From?.Id, incoming.Recipient?.Id));
        var first = adapter.GetNextReply();
        Assert.Equal(("one", "bot", "user1", incoming.Id), (first?.Text, first?.From?.Id, first?.Recipient?.Id, first?.ReplyToId));
        Assert.Equal(adapter.Conversation.Conversation?.Id, first?.Conversation?.Id);
        Assert.Equal("two", adapter.GetNextReply()?.Text);
        Assert.Null(adapter.GetNextReply());
    }

    [Fact]
    public async Task TestAdapter_updates_and_deletes_queued_replies()
    {
        var adapter = new TestAdapter(Channels.Msteams);

        await adapter.SendTextToBotAsync("hi", async (turn, ct) =>
        {
            var first = await turn.SendActivityAsync("draft", cancellationToken: ct);
            var second = await turn.SendActivityAsync("gone", cancellationToken: ct);
            var update = MessageFactory.Text("final");
            update.Id = first.Id;
            await turn.UpdateActivityAsync(update, ct);
            await turn.DeleteActivityAsync(second.Id!, ct);
        });

        var reply = adapter.GetNextReply();
        Assert.Equal(("final", Channels.Msteams), (reply?.Text, reply?.ChannelId));
        Assert.Null(adapter.GetNextReply());
    }

    [Fact]
    public async Task TestFlow_fails_with_the_actual_reply_when_an_assertion_does_not_hold()
    {
        var flow = new TestFlow(new TestAdapter(), EchoAsync).Send("hi");

        await flow.AssertReply("echo: hi").StartTestAsync();
        var wrong = await Assert.ThrowsAsync<TestFlowAssertionException>(() => flow.AssertReply("nope").StartTestAsync());
        var missing = await Assert.ThrowsAsync<TestFlowAssertionException>(() => new TestFlow(new TestAdapter(), EchoAsync).AssertReply(_ => true).StartTestAsync());

        Assert.Contains("echo: hi", wrong.Message, StringComparison.Ordinal);
        Assert.Contains("nothing", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TestFlow_checks_replies_with_a_predicate()
    {
        await new TestFlow(new TestAdapter(), EchoAsync)
            .Send("one").AssertReply(a => a.Text!.EndsWith("one", StringComparison.Ordinal), "an echo of one")
            .Send(new Activity { Type = ActivityTypes.Message, Text = "two" }).AssertReply("echo: two")
            .StartTestAsync();
    }

    [Fact]
    public async Task DialogTestLogger_writes_both_sides_of_the_conversation()
    {
        var lines = new List<string>();
        var choice = new ComponentDialog("root")
            .AddDialog(new WaterfallDialog("ask", [(step, ct) => step.PromptAsync("confirm", new PromptOptions { Prompt = MessageFactory.Text("Sure?") }, ct)]))
            .AddDialog(new ConfirmPrompt("confirm"));
        var client = new DialogTestClient(Channels.Test, choice, middlewares: [new DialogTestLogger(lines.Add)]);

        await client.SendActivityAsync<Activity>("hi");

        Assert.Equal(["User: hi", "Bot:  Sure? [Yes | No]"], lines);
    }
}
