using CobBot.Framework.Builder;
using CobBot.Framework.Dialogs;
using CobBot.Framework.Schema;
using CobBot.Framework.State;
using CobBot.Framework.Testing;

namespace CobBot.Tests.Framework.EntityFramework;

/// <summary>A conversation in the middle of a dialog survives a process restart: the second half runs on new objects over the same SQLite file.</summary>
public sealed class DialogRestartTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task A_waiting_prompt_and_the_step_values_are_resumed_after_a_restart()
    {
        var before = new DialogTestClient(Channels.Test, CreateBookingDialog(), conversationState: new ConversationState(_database.CreateStorage()));
        Assert.Equal("What is your name?", (await before.SendActivityAsync<Activity>("book"))!.Text);
        Assert.StartsWith("Book a demo for Zoë?", (await before.SendActivityAsync<Activity>("Zoë"))!.Text);

        // "Restart": a new storage, state, dialog and adapter — nothing shared with the first half but the database file.
        var after = new DialogTestClient(Channels.Test, CreateBookingDialog(), conversationState: new ConversationState(_database.CreateStorage()));
        var reply = await after.SendActivityAsync<Activity>("yes");

        Assert.Equal("Booked a demo for Zoë.", reply!.Text);
        Assert.Equal(DialogTurnStatus.Complete, after.DialogTurnResult.Status);
    }

    private static ComponentDialog CreateBookingDialog()
    {
        var dialog = new ComponentDialog("booking") { InitialDialogId = "steps" };
        dialog.AddDialog(new TextPrompt("name"));
        dialog.AddDialog(new ConfirmPrompt("confirm"));
        dialog.AddDialog(new WaterfallDialog("steps",
        [
            (step, ct) => step.PromptAsync("name", new PromptOptions { Prompt = MessageFactory.Text("What is your name?") }, ct),
            (step, ct) =>
            {
                step.Values["name"] = (string)step.Result!;
                return step.PromptAsync("confirm", new PromptOptions { Prompt = MessageFactory.Text($"Book a demo for {step.Result}?") }, ct);
            },
            async (step, ct) =>
            {
                var text = (bool)step.Result! ? $"Booked a demo for {step.Values.Get<string>("name")}." : "Not booked.";
                await step.Context.SendActivityAsync(text, cancellationToken: ct);
                return await step.EndDialogAsync(cancellationToken: ct);
            },
        ]));
        return dialog;
    }
}
