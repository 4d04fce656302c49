using CobBot.Dialogs.Booking;
using CobBot.Framework.Dialogs;
using CobBot.Framework.Schema;
using CobBot.Framework.Testing;
using CobBot.Tests.Recognition.Entities;

namespace CobBot.Tests.Dialogs.Booking;

public sealed class ContactQuestionDialogTests
{
    private static readonly ContactInput Contacts = new(ExtractorFixture.Create(ExtractorFixture.WednesdayAfternoon));

    [Fact]
    public async Task A_known_detail_that_can_be_read_is_not_asked()
    {
        var client = Client(new ContactQuestion(" jordan@example.com ", "Email?", "Not an email."));

        var reply = await client.SendActivityAsync<Activity>("hi");

        Assert.Null(reply);
        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult.Status);
        Assert.Equal("jordan@example.com", client.DialogTurnResult.Result);
    }

    [Fact]
    public async Task An_unreadable_answer_is_asked_again_and_the_read_value_ends_the_dialog()
    {
        var client = Client(new ContactQuestion("jordan at example", "Email?", "Not an email."));

        Assert.Equal("Email?", (await client.SendActivityAsync<Activity>("hi"))?.Text);
        Assert.Equal("Not an email.", (await client.SendActivityAsync<Activity>("no idea"))?.Text);
        Assert.Null(await client.SendActivityAsync<Activity>("sure, it's jordan@example.com"));

        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult.Status);
        Assert.Equal("jordan@example.com", client.DialogTurnResult.Result);
    }

    private static DialogTestClient Client(ContactQuestion question) =>
        new(Channels.Test, new ContactQuestionDialog("email", Contacts.Email), question);
}
