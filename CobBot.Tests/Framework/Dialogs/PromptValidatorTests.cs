using CobBot.Framework.Builder;
using CobBot.Framework.Dialogs;
using CobBot.Framework.Schema;
using CobBot.Framework.Testing;

namespace CobBot.Tests.Framework.Dialogs;

public sealed class PromptValidatorTests
{
    private const string Question = "Pick a number from 1 to 10.";
    private const string Retry = "Between 1 and 10, please.";

    private sealed record Attempt(int Count, bool Recognized, int Value);

    private static PromptValidator<int> InRange(List<Attempt> attempts) => (prompt, ct) =>
    {
        attempts.Add(new Attempt(prompt.AttemptCount, prompt.Recognized.Succeeded, prompt.Recognized.Value));
        // The range was persisted with the prompt; after the reload it is a bag of JSON-shaped values.
        var range = Assert.IsType<DialogValues>(prompt.Options.Validations);
        var value = prompt.Recognized.Value;
        return Task.FromResult(prompt.Recognized.Succeeded && value >= range.Get<int>("min") && value <= range.Get<int>("max"));
    };

    private static DialogTestClient NewClient(PromptValidator<int> validator, Activity? retryPrompt) =>
        new(Channels.Test, PromptHarness.Root(new NumberPrompt<int>("number", validator), new PromptOptions
        {
            Prompt = MessageFactory.Text(Question),
            RetryPrompt = retryPrompt,
            Validations = new { Min = 1, Max = 10 },
        }));

    [Fact]
    public async Task A_rejected_reply_gets_the_retry_prompt_and_attempts_are_counted()
    {
        var attempts = new List<Attempt>();
        var client = NewClient(InRange(attempts), MessageFactory.Text(Retry));

        Assert.Equal(Question, (await client.SendActivityAsync<Activity>("hi"))?.Text);
        Assert.Equal(Retry, (await client.SendActivityAsync<Activity>("20"))?.Text);
        Assert.Equal(Retry, (await client.SendActivityAsync<Activity>("abc"))?.Text);
        Assert.Null(await client.SendActivityAsync<Activity>("5"));

        Assert.Equal([new Attempt(1, true, 20), new Attempt(2, false, 0), new Attempt(3, true, 5)], attempts);
        Assert.Equal(new DialogTurnResult(DialogTurnStatus.Complete, 5), client.DialogTurnResult);
    }

    [Fact]
    public async Task Without_a_retry_prompt_the_prompt_is_repeated()
    {
        var client = NewClient(InRange([]), retryPrompt: null);
        await client.SendActivityAsync<Activity>("hi");

        var retry = await client.SendActivityAsync<Activity>("11");

        Assert.Equal(Question, retry?.Text);
        Assert.Equal(InputHints.ExpectingInput, retry?.InputHint);
    }

    [Fact]
    public async Task A_validator_that_replies_itself_suppresses_the_retry_prompt()
    {
        PromptValidator<int> validator = async (prompt, ct) =>
        {
            if (prompt.Recognized.Value % 2 == 0) return true;
            await prompt.Context.SendActivityAsync($"{prompt.Recognized.Value} is odd; attempt {prompt.AttemptCount}.", cancellationToken: ct);
            return false;
        };
        var client = NewClient(validator, MessageFactory.Text(Retry));
        await client.SendActivityAsync<Activity>("hi");

        Assert.Equal("3 is odd; attempt 1.", (await client.SendActivityAsync<Activity>("3"))?.Text);
        Assert.Null(client.GetNextReply<Activity>());
        Assert.Equal("5 is odd; attempt 2.", (await client.SendActivityAsync<Activity>("5"))?.Text);
        await client.SendActivityAsync<Activity>("4");
        Assert.Equal(4, client.DialogTurnResult.Result);
    }

    [Fact]
    public async Task A_text_prompt_does_not_accept_a_message_without_text()
    {
        var client = new DialogTestClient(Channels.Test, PromptHarness.Root(new TextPrompt("text"), new PromptOptions
        {
            Prompt = MessageFactory.Text("Your name?"),
            RetryPrompt = MessageFactory.Text("Please type your name."),
        }));
        await client.SendActivityAsync<Activity>("hi");

        var retry = await client.SendActivityAsync<Activity>(new Activity { Type = ActivityTypes.Message, Text = "  " });
        await client.SendActivityAsync<Activity>("Ada");

        Assert.Equal("Please type your name.", retry?.Text);
        Assert.Equal("Ada", client.DialogTurnResult.Result);
    }
}
