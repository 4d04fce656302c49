using CobBot.Framework.Builder;
using CobBot.Framework.Dialogs;
using CobBot.Framework.Schema;
using CobBot.Framework.Testing;

namespace CobBot.Tests.Framework.Dialogs;

public sealed class NumberPromptTests
{
    private const string Question = "How many?";

    private static async Task<DialogTestClient> AskAsync<T>(string? defaultLocale = null)
        where T : struct, System.Numerics.INumber<T>
    {
        var client = new DialogTestClient(Channels.Test, PromptHarness.Root(
            new NumberPrompt<T>("number", defaultLocale: defaultLocale),
            new PromptOptions { Prompt = MessageFactory.Text(Question) }));
        await client.SendActivityAsync<Activity>("hi");
        return client;
    }

    [Theory]
    [InlineData("42", 42)]
    [InlineData("1,200", 1200)]
    [InlineData("three", 3)]
    [InlineData("I'd like 7 please", 7)]
    [InlineData("twenty-one", 21)]
    public async Task Recognizes_an_int(string reply, int expected)
    {
        var client = await AskAsync<int>();

        await client.SendActivityAsync<Activity>(reply);

        Assert.Equal(new DialogTurnResult(DialogTurnStatus.Complete, expected), client.DialogTurnResult);
    }

    [Theory]
    [InlineData("3.5", 3.5)]
    [InlineData("1,200.25", 1200.25)]
    [InlineData("-2", -2.0)]
    public async Task Recognizes_a_double(string reply, double expected)
    {
        var client = await AskAsync<double>();

        await client.SendActivityAsync<Activity>(reply);

        Assert.Equal(new DialogTurnResult(DialogTurnStatus.Complete, expected), client.DialogTurnResult);
    }

    [Fact]
    public async Task Recognizes_a_decimal_exactly()
    {
        var client = await AskAsync<decimal>();

        await client.SendActivityAsync<Activity>("$1,234.56");

        Assert.Equal(1234.56m, client.DialogTurnResult.Result);
    }

    [Theory]
    [InlineData("3.5")]
    [InlineData("3,000,000,000")]
    [InlineData("lots")]
    public async Task Rejects_what_the_type_cannot_hold_and_asks_again(string reply)
    {
        var client = await AskAsync<int>();

        var retry = await client.SendActivityAsync<Activity>(reply);

        Assert.Equal(Question, retry?.Text);
        Assert.Equal(DialogTurnStatus.Waiting, client.DialogTurnResult.Status);
    }

    [Theory]
    [InlineData("de-DE", "1.200", 1200)]
    [InlineData("en-US", "1,200", 1200)]
    public async Task Reads_the_number_in_the_message_locale(string locale, string reply, int expected)
    {
        var client = await AskAsync<int>();
        var message = new Activity { Type = ActivityTypes.Message, Text = reply, Locale = locale };

        await client.SendActivityAsync<Activity>(message);

        Assert.Equal(expected, client.DialogTurnResult.Result);
    }

    [Fact]
    public async Task Uses_the_default_locale_when_the_message_has_none()
    {
        var client = await AskAsync<decimal>(defaultLocale: "de-DE");

        await client.SendActivityAsync<Activity>("2,5");

        Assert.Equal(2.5m, client.DialogTurnResult.Result);
    }
}
