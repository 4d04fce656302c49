using System.Text.Json.Nodes;
using CobBot.Framework.Builder;
using CobBot.Framework.Dialogs;
using CobBot.Framework.Dialogs.Choices;
using CobBot.Framework.Schema;
using CobBot.Framework.Testing;

namespace CobBot.Tests.Framework.Dialogs;

public sealed class ConfirmPromptTests
{
    private const string Question = "Book it?";

    private static DialogTestClient NewClient(string channelId = Channels.Test, ListStyle? style = null) =>
        new(channelId, PromptHarness.Root(new ConfirmPrompt("confirm"), new PromptOptions
        {
            Prompt = MessageFactory.Text(Question),
            Style = style,
        }));

    private static async Task<DialogTestClient> AskAsync()
    {
        var client = NewClient();
        await client.SendActivityAsync<Activity>("hi");
        return client;
    }

    [Theory]
    [InlineData("yes", true)]
    [InlineData("y", true)]
    [InlineData("Sure!", true)]
    [InlineData("that's right", true)]
    [InlineData("Yes", true)]
    [InlineData("1", true)]
    [InlineData("no", false)]
    [InlineData("nah", false)]
    [InlineData("no, that's not right", false)]
    [InlineData("cancel", false)]
    [InlineData("2", false)]
    [InlineData("the second one", false)]
    public async Task Completes_with_the_answer(string reply, bool expected)
    {
        var client = await AskAsync();

        await client.SendActivityAsync<Activity>(reply);

        Assert.Equal(new DialogTurnResult(DialogTurnStatus.Complete, expected), client.DialogTurnResult);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("{\"confirmed\": false}", false)]
    [InlineData("\"yes\"", true)]
    public async Task Accepts_a_value_submitted_by_a_card(string value, bool expected)
    {
        var client = await AskAsync();
        var submit = new Activity { Type = ActivityTypes.Message, Value = JsonNode.Parse(value) };

        await client.SendActivityAsync<Activity>(submit);

        Assert.Equal(new DialogTurnResult(DialogTurnStatus.Complete, expected), client.DialogTurnResult);
    }

    [Theory]
    [InlineData("maybe")]
    [InlineData("blue")]
    public async Task Asks_again_when_the_answer_is_neither(string reply)
    {
        var client = await AskAsync();

        var retry = await client.SendActivityAsync<Activity>(reply);

        Assert.Equal(Question, retry?.Text);
        Assert.Equal(["Yes", "No"], retry?.SuggestedActions?.Actions.Select(a => a.Title));
        Assert.Equal(DialogTurnStatus.Waiting, client.DialogTurnResult.Status);
    }

    [Theory]
    [InlineData(Channels.Test)]
    [InlineData(Channels.Webchat)]
    [InlineData(Channels.Directline)]
    [InlineData(Channels.Emulator)]
    [InlineData(Channels.Msteams)]
    public async Task Offers_yes_and_no_as_suggested_actions_where_supported(string channelId)
    {
        var client = NewClient(channelId);

        var prompt = await client.SendActivityAsync<Activity>("hi");

        Assert.Equal(Question, prompt?.Text);
        Assert.Equal(InputHints.ExpectingInput, prompt?.InputHint);
        var actions = prompt?.SuggestedActions?.Actions ?? [];
        Assert.Equal(["Yes", "No"], actions.Select(a => a.Title));
        Assert.All(actions, a => Assert.Equal(ActionTypes.ImBack, a.Type));
        Assert.Equal(["Yes", "No"], actions.Select(a => a.Value?.GetValue<string>()));
    }

    [Fact]
    public async Task Shows_yes_and_no_inline_where_buttons_are_not_supported()
    {
        var client = NewClient("sms");

        var prompt = await client.SendActivityAsync<Activity>("hi");

        Assert.Equal("Book it? (1) Yes or (2) No", prompt?.Text);
        Assert.Null(prompt?.SuggestedActions);
    }

    [Fact]
    public async Task Style_none_leaves_the_question_alone()
    {
        var client = NewClient(style: ListStyle.None);

        var prompt = await client.SendActivityAsync<Activity>("hi");

        Assert.Equal(Question, prompt?.Text);
        Assert.Null(prompt?.SuggestedActions);
    }
}
