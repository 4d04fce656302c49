using CobBot.Framework.Dialogs;
using CobBot.Framework.Schema;
using CobBot.Framework.Testing;
using Xunit.Abstractions;

namespace CobBot.Tests.Framework.Dialogs;

public sealed class BookingDialogTests(ITestOutputHelper output)
{
    private DialogTestClient NewClient(string channelId = Channels.Test) =>
        new(channelId, new BookingDialog(), middlewares: [new DialogTestLogger(output.WriteLine)]);

    [Theory]
    [InlineData("2")]
    [InlineData("Benefits verification")]
    [InlineData("the second one")]
    [InlineData("benefits")]
    public async Task Books_after_seven_steps_with_an_email_retry(string serviceReply)
    {
        var client = NewClient();

        var reply = await client.SendActivityAsync<Activity>("hi");
        Assert.Equal(BookingDialog.NamePrompt, reply?.Text);
        Assert.Equal(InputHints.ExpectingInput, reply?.InputHint);

        reply = await client.SendActivityAsync<Activity>("Ada Lovelace");
        Assert.Equal(BookingDialog.EmailPrompt, reply?.Text);

        reply = await client.SendActivityAsync<Activity>("ada at example");
        Assert.Equal(BookingDialog.EmailRetry, reply?.Text);
        Assert.Equal(DialogTurnStatus.Waiting, client.DialogTurnResult.Status);

        reply = await client.SendActivityAsync<Activity>("ada@example.com");
        Assert.Equal(BookingDialog.ServicePrompt, reply?.Text);
        Assert.Equal(BookingDialog.Services, reply?.SuggestedActions?.Actions.Select(a => a.Title));

        reply = await client.SendActivityAsync<Activity>(serviceReply);
        Assert.Equal(BookingDialog.DatePrompt, reply?.Text);

        reply = await client.SendActivityAsync<Activity>("March 3rd");
        Assert.Equal(BookingDialog.Summary("Ada Lovelace", "Benefits verification", "March 3rd"), reply?.Text);
        Assert.Equal(["Yes", "No"], reply?.SuggestedActions?.Actions.Select(a => a.Title));

        reply = await client.SendActivityAsync<Activity>("yes please");
        Assert.Equal(BookingDialog.Booked("Ada Lovelace", "Benefits verification", "March 3rd"), reply?.Text);
        Assert.Null(client.GetNextReply<Activity>());
        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult.Status);
        Assert.Equal(new BookingDetails("Ada Lovelace", "ada@example.com", "Benefits verification", "March 3rd"), client.DialogTurnResult.Result);
    }

    [Theory]
    [InlineData("no, that's not right")]
    [InlineData("No, that’s NOT right!")]
    [InlineData("nope")]
    [InlineData("2")]
    public async Task Declining_the_summary_books_nothing(string answer)
    {
        var client = NewClient();
        foreach (var text in new[] { "hi", "Grace", "grace@example.com", "Billing question", "tomorrow" })
            await client.SendActivityAsync<Activity>(text);

        var reply = await client.SendActivityAsync<Activity>(answer);

        Assert.Equal(BookingDialog.NothingBooked, reply?.Text);
        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult.Status);
        Assert.Null(client.DialogTurnResult.Result);
    }

    [Fact]
    public async Task Lists_services_where_the_channel_has_no_buttons()
    {
        var client = NewClient("sms");
        foreach (var text in new[] { "hi", "Grace" }) await client.SendActivityAsync<Activity>(text);

        var reply = await client.SendActivityAsync<Activity>("grace@example.com");

        // "Benefits verification" is too long for an inline list, so Auto falls back to a numbered list.
        Assert.Equal($"{BookingDialog.ServicePrompt}\n\n1. Prior authorization\n2. Benefits verification\n3. Billing question", reply?.Text);
        Assert.Null(reply?.SuggestedActions);
    }
}
