using CobBot.Framework.Builder;
using CobBot.Framework.Schema;
using CobBot.Tests.Framework.Hosting;

namespace CobBot.Tests.Framework.Builder;

public sealed class ActivityHandlerTests
{
    private sealed class ProbeHandler : ActivityHandler
    {
        public List<string> Calls { get; } = [];

        private Task Record(string name)
        {
            Calls.Add(name);
            return Task.CompletedTask;
        }

        protected override Task OnMessageActivityAsync(ITurnContext t, CancellationToken c) => Record("message");
        protected override Task OnMembersAddedAsync(IList<ChannelAccount> m, ITurnContext t, CancellationToken c) => Record($"added:{m.Count}");
        protected override Task OnMembersRemovedAsync(IList<ChannelAccount> m, ITurnContext t, CancellationToken c) => Record($"removed:{m.Count}");
        protected override Task OnEventAsync(ITurnContext t, CancellationToken c) => Record("event");
        protected override Task OnHandoffStatusAsync(ITurnContext t, CancellationToken c) => Record("handoffStatus");
        protected override Task OnInstallationUpdateAddAsync(ITurnContext t, CancellationToken c) => Record("installAdd");
        protected override Task OnInstallationUpdateRemoveAsync(ITurnContext t, CancellationToken c) => Record("installRemove");
        protected override Task OnMessageReactionActivityAsync(ITurnContext t, CancellationToken c) => Record("reaction");
        protected override Task OnEndOfConversationActivityAsync(ITurnContext t, CancellationToken c) => Record("endOfConversation");
        protected override Task OnTypingActivityAsync(ITurnContext t, CancellationToken c) => Record("typing");
        protected override Task OnUnrecognizedActivityTypeAsync(ITurnContext t, CancellationToken c) => Record("unrecognized");

        protected override async Task<InvokeResponse?> OnInvokeActivityAsync(ITurnContext t, CancellationToken c)
        {
            await Record("invoke");
            return await base.OnInvokeActivityAsync(t, c);
        }
    }

    [Theory]
    [InlineData(ActivityTypes.Message, null, null, "message")]
    [InlineData(ActivityTypes.Event, "handoff.status", null, "handoffStatus")]
    [InlineData(ActivityTypes.Event, "ContinueConversation", null, "event")]
    [InlineData(ActivityTypes.InstallationUpdate, null, "add", "installAdd")]
    [InlineData(ActivityTypes.InstallationUpdate, null, "add-upgrade", "installAdd")]
    [InlineData(ActivityTypes.InstallationUpdate, null, "remove", "installRemove")]
    [InlineData(ActivityTypes.InstallationUpdate, null, "remove-upgrade", "installRemove")]
    [InlineData(ActivityTypes.InstallationUpdate, null, "somethingNew", "")]
    [InlineData(ActivityTypes.MessageReaction, null, null, "reaction")]
    [InlineData(ActivityTypes.EndOfConversation, null, null, "endOfConversation")]
    [InlineData(ActivityTypes.Typing, null, null, "typing")]
    [InlineData(ActivityTypes.MessageUpdate, null, null, "unrecognized")]
    [InlineData("futureThing", null, null, "unrecognized")]
    [InlineData(ActivityTypes.Invoke, "task/fetch", null, "invoke")]
    public async Task Activities_are_dispatched_by_type(string type, string? name, string? action, string expected)
    {
        var handler = new ProbeHandler();
        var turnContext = RecordingAdapter.ContextFor(TestActivities.Of(type, configure: a => (a.Name, a.Action) = (name, action)), out var adapter);

        await handler.OnTurnAsync(turnContext);

        Assert.Equal(expected, string.Join(",", handler.Calls));
        Assert.Empty(adapter.Sent);
    }

    [Fact]
    public async Task ConversationUpdate_reports_added_and_removed_members()
    {
        var handler = new ProbeHandler();
        var update = TestActivities.Of(ActivityTypes.ConversationUpdate, configure: a =>
        {
            a.MembersAdded = [new ChannelAccount(TestActivities.BotId), new ChannelAccount(TestActivities.UserId)];
            a.MembersRemoved = [new ChannelAccount("29:someone-else")];
        });

        await handler.OnTurnAsync(RecordingAdapter.ContextFor(update, out _));

        Assert.Equal(["added:2", "removed:1"], handler.Calls);
    }

    [Fact]
    public async Task Answered_invoke_sends_an_invokeResponse_activity_with_status_and_body()
    {
        var invoke = TestActivities.Of(ActivityTypes.Invoke, configure: a => (a.Name, a.Value) = ("adaptiveCard/action", null));

        await new ProbeHandler().OnTurnAsync(RecordingAdapter.ContextFor(invoke, out var adapter));

        var sent = Assert.Single(adapter.Sent);
        Assert.Equal(ActivityTypes.InvokeResponse, sent.Type);
        Assert.Equal(400, sent.Value!["status"]!.GetValue<int>());
        Assert.Equal("Missing value property", sent.Value["body"]!["value"]!["message"]!.GetValue<string>());
    }
}
