using System.Text.Json.Nodes;
using CobBot.Framework.Builder;
using CobBot.Framework.Dialogs;
using CobBot.Framework.Dialogs.Choices;
using CobBot.Framework.Schema;
using CobBot.Framework.Testing;

namespace CobBot.Tests.Framework.Dialogs;

public sealed class ChoicePromptTests
{
    private const string Question = "Pick a color.";
    private const string Retry = "Please pick one of the colors.";

    private static PromptOptions Options(ListStyle? style = null, params string[] colors) => new()
    {
        Prompt = MessageFactory.Text(Question),
        RetryPrompt = MessageFactory.Text(Retry),
        Choices = colors.Length == 0
            ? [new("Red") { Synonyms = ["crimson"] }, new("Green"), new("Blue")]
            : ChoiceFactory.ToChoices(colors),
        Style = style,
    };

    private static DialogTestClient NewClient(PromptOptions options, string channelId = Channels.Test) =>
        new(channelId, PromptHarness.Root(new ChoicePrompt("choice"), options));

    [Theory]
    [InlineData("2", "Green", 1)]
    [InlineData("green", "Green", 1)]
    [InlineData("BLUE", "Blue", 2)]
    [InlineData("crimson", "Red", 0)]
    [InlineData("the first one", "Red", 0)]
    [InlineData("I'll take blue", "Blue", 2)]
    public async Task Completes_with_the_found_choice(string reply, string value, int index)
    {
        var client = NewClient(Options());
        await client.SendActivityAsync<Activity>("hi");

        await client.SendActivityAsync<Activity>(reply);

        var found = Assert.IsType<FoundChoice>(client.DialogTurnResult.Result);
        Assert.Equal((value, index), (found.Value, found.Index));
        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult.Status);
    }

    [Theory]
    [InlineData("{\"color\": \"Blue\"}", "Blue")]
    [InlineData("\"Green\"", "Green")]
    public async Task Accepts_a_value_submitted_by_a_card_or_button(string value, string expected)
    {
        var client = NewClient(Options());
        await client.SendActivityAsync<Activity>("hi");

        await client.SendActivityAsync<Activity>(new Activity { Type = ActivityTypes.Message, Value = JsonNode.Parse(value) });

        Assert.Equal(expected, Assert.IsType<FoundChoice>(client.DialogTurnResult.Result).Value);
    }

    [Fact]
    public async Task Shows_the_retry_prompt_with_the_choices_when_nothing_matches()
    {
        var client = NewClient(Options());
        await client.SendActivityAsync<Activity>("hi");

        var retry = await client.SendActivityAsync<Activity>("purple");

        Assert.Equal(Retry, retry?.Text);
        Assert.Equal(["Red", "Green", "Blue"], retry?.SuggestedActions?.Actions.Select(a => a.Title));
        Assert.Equal(DialogTurnStatus.Waiting, client.DialogTurnResult.Status);
    }

    [Theory]
    [InlineData(Channels.Test, null, Question, true)]
    [InlineData(Channels.Webchat, null, Question, true)]
    [InlineData("sms", null, "Pick a color. (1) Red, (2) Green, or (3) Blue", false)]
    [InlineData(Channels.Test, ListStyle.Inline, "Pick a color. (1) Red, (2) Green, or (3) Blue", false)]
    [InlineData(Channels.Test, ListStyle.List, "Pick a color.\n\n1. Red\n2. Green\n3. Blue", false)]
    [InlineData("sms", ListStyle.SuggestedAction, Question, true)]
    [InlineData(Channels.Test, ListStyle.None, Question, false)]
    public async Task Renders_choices_per_channel_and_style(string channelId, ListStyle? style, string text, bool hasButtons)
    {
        var client = NewClient(Options(style), channelId);

        var prompt = await client.SendActivityAsync<Activity>("hi");

        Assert.Equal(text, prompt?.Text);
        Assert.Equal(hasButtons, prompt?.SuggestedActions is not null);
        if (hasButtons) Assert.Equal(["Red", "Green", "Blue"], prompt!.SuggestedActions!.Actions.Select(a => a.Title));
    }

    [Fact]
    public async Task Teams_falls_back_to_a_list_beyond_three_buttons()
    {
        var client = NewClient(Options(null, "Red", "Green", "Blue", "Yellow"), Channels.Msteams);

        var prompt = await client.SendActivityAsync<Activity>("hi");

        Assert.Equal("Pick a color.\n\n1. Red\n2. Green\n3. Blue\n4. Yellow", prompt?.Text);
        Assert.Null(prompt?.SuggestedActions);
    }

    [Fact]
    public async Task Needs_choices()
    {
        var client = new DialogTestClient(Channels.Test, PromptHarness.Root(new ChoicePrompt("choice"), new PromptOptions { Prompt = MessageFactory.Text(Question) }));

        await Assert.ThrowsAsync<ArgumentException>(() => client.SendActivityAsync<Activity>("hi"));
    }
}
