using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CobBot.Framework.Builder;
using CobBot.Framework.Schema;
using CobBot.Tests.Framework.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CobBot.Tests.Framework.Builder;

public sealed partial class TranscriptLoggerMiddlewareTests
{
    private sealed class CollectingTranscript(bool isEnabled = true) : ITranscriptLogger
    {
        public List<Activity> Entries { get; } = [];

        public bool IsEnabled => isEnabled;

        public Task LogActivityAsync(Activity activity, CancellationToken cancellationToken = default)
        {
            lock (Entries) Entries.Add(activity);
            return Task.CompletedTask;
        }
    }

    private sealed partial class DigitMaskingRedactor : IActivityRedactor
    {
        public void Redact(Activity activity) => activity.Text = activity.Text is null ? null : Digit().Replace(activity.Text, "#");

        [GeneratedRegex("[0-9]")]
        private static partial Regex Digit();
    }

    private sealed class CountingRedactor : IActivityRedactor
    {
        public int Calls { get; private set; }

        public void Redact(Activity activity) => Calls++;
    }

    private static readonly BotCallbackHandler CardBot = async (turnContext, ct) =>
    {
        if (!turnContext.Activity.IsType(ActivityTypes.Message)) return;
        await turnContext.SendActivityAsync("Your member id is 12345", cancellationToken: ct);
        var replacement = MessageFactory.Text("Confirmed 777");
        replacement.Id = "card-1";
        await turnContext.UpdateActivityAsync(replacement, ct);
        await turnContext.DeleteActivityAsync("card-2", ct);
    };

    [Fact]
    public async Task Incoming_outgoing_updates_and_deletes_are_logged_as_redacted_copies()
    {
        var transcript = new CollectingTranscript();
        await using var host = await BotTestHost.StartAsync(_ => new DelegateBot(CardBot), services => services
            .AddSingleton<ITranscriptLogger>(transcript)
            .AddSingleton<IActivityRedactor, DigitMaskingRedactor>());

        await host.PostAsync(TestActivities.Message("my id is 12345", "m-1"));

        Assert.Equal(
            [
                (ActivityTypes.Message, RoleTypes.User, "m-1", "my id is #####"),
                (ActivityTypes.Message, RoleTypes.Bot, null, "Your member id is #####"),
                (ActivityTypes.MessageUpdate, RoleTypes.Bot, "card-1", "Confirmed ###"),
                (ActivityTypes.MessageDelete, RoleTypes.Bot, "card-2", null),
            ],
            transcript.Entries.Select(e => (e.Type, e.From?.Role, e.Id, e.Text)));
        Assert.All(transcript.Entries, e => Assert.Equal(host.Time.GetUtcNow(), e.Timestamp));
        Assert.Equal(
            [("ReplyToActivityAsync", "Your member id is 12345"), ("UpdateActivityAsync", "Confirmed 777"), ("DeleteActivityAsync", null)],
            host.Connector.Calls.Select(c => (c.Operation, c.Activity?.Text)));
        Assert.Equal("card-2", host.Connector.Calls[2].ActivityId);
    }

    [Fact]
    public async Task A_disabled_transcript_logger_gets_nothing_and_nothing_is_copied_or_redacted()
    {
        var transcript = new CollectingTranscript(isEnabled: false);
        var redactor = new CountingRedactor();
        await using var host = await BotTestHost.StartAsync(_ => new DelegateBot(CardBot), services => services
            .AddSingleton<ITranscriptLogger>(transcript)
            .AddSingleton<IActivityRedactor>(redactor));

        await host.PostAsync(TestActivities.Message("my id is 12345", "m-1"));

        Assert.Empty(transcript.Entries);
        Assert.Equal(0, redactor.Calls);
        Assert.Equal(3, host.Connector.Calls.Count);
    }

    [Fact]
    public async Task Default_transcript_goes_to_ILogger_without_PHI()
    {
        await using var host = await BotTestHost.StartAsync(_ => new DelegateBot(CardBot));

        await host.PostAsync(TestActivities.Message("I am Dana Whitfield, born 01/02/1960, member 12345", "m-1"));

        var transcript = host.Logs.Lines.Where(l => l.Category == typeof(LoggerTranscriptLogger).FullName).ToList();
        Assert.Equal(4, transcript.Count);
        Assert.Contains("[redacted]", transcript[0].Message);
        Assert.Contains("m-1", transcript[0].Message);
        foreach (var phi in new[] { "Dana", "Whitfield", "1960", "12345" })
            Assert.DoesNotContain(host.Logs.Lines, l => l.Message.Contains(phi, StringComparison.Ordinal));
    }

    [Fact]
    public void Strict_redactor_keeps_the_shape_and_removes_content_and_names()
    {
        var activity = TestActivities.Message("call me at 555-0100", "m-1");
        activity.Value = new JsonObject { ["dob"] = "1960-01-02" };
        activity.ChannelData = new JsonObject { ["clientActivityID"] = "x" };
        activity.Attachments = [new Attachment { ContentType = "application/vnd.microsoft.card.adaptive", Content = new JsonObject { ["text"] = "Dana" } }];
        activity.Entities = [new Mention { Mentioned = new ChannelAccount("29:x", "Dana"), Text = "<at>Dana</at>" }];
        activity.Conversation!.Name = "Dana's chat";

        new StrictActivityRedactor().Redact(activity);

        Assert.Equal("[redacted]", activity.Text);
        Assert.Null(activity.Value);
        Assert.Null(activity.ChannelData);
        Assert.Null(activity.Entities);
        Assert.Null(Assert.Single(activity.Attachments!).Content);
        Assert.Equal("application/vnd.microsoft.card.adaptive", activity.Attachments![0].ContentType);
        Assert.Null(activity.From!.Name);
        Assert.Null(activity.Conversation.Name);
        Assert.Equal((TestActivities.UserId, "m-1", ActivityTypes.Message), (activity.From.Id, activity.Id, activity.Type));
    }
}
