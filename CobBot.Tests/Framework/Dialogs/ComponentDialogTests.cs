using CobBot.Framework.Builder;
using CobBot.Framework.Dialogs;
using CobBot.Framework.Schema;
using CobBot.Framework.Testing;
using Xunit.Abstractions;

namespace CobBot.Tests.Framework.Dialogs;

public sealed class ComponentDialogTests(ITestOutputHelper output)
{
    private const string InnerQuestion = "Inner question?";
    private const string OuterQuestion = "Outer question?";

    private DialogTestClient NewClient(Dialog root) => new(Channels.Test, root, middlewares: [new DialogTestLogger(output.WriteLine)]);

    private static Dialog AskNameAndCount()
    {
        var dialog = new CancelAndHelpDialog("ask");
        dialog.AddDialog(new WaterfallDialog("steps",
        [
            (step, ct) => step.PromptAsync("text", new PromptOptions { Prompt = MessageFactory.Text("What's your name?") }, ct),
            (step, ct) => step.PromptAsync("number", new PromptOptions { Prompt = MessageFactory.Text($"How many, {step.Result}?") }, ct),
            (step, ct) => step.EndDialogAsync(step.Result, ct),
        ]));
        dialog.AddDialog(new TextPrompt("text"));
        dialog.AddDialog(new NumberPrompt<int>("number"));
        return dialog;
    }

    /// <summary>Outer waterfall → inner component (with cancel handling) → inner prompt.</summary>
    private static Dialog Nested(bool cancelParents)
    {
        var inner = new CancelAndHelpDialog("inner", cancelParents);
        inner.AddDialog(new WaterfallDialog("innerSteps",
        [
            (step, ct) => step.PromptAsync("text", new PromptOptions { Prompt = MessageFactory.Text(InnerQuestion) }, ct),
            (step, ct) => step.EndDialogAsync(step.Result, ct),
        ]));
        inner.AddDialog(new TextPrompt("text"));

        var outer = new ComponentDialog("outer");
        outer.AddDialog(new WaterfallDialog("outerSteps",
        [
            (step, ct) => step.BeginDialogAsync("inner", null, ct),
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"outer resumed with {step.Result ?? "nothing"}", cancellationToken: ct);
                return await step.PromptAsync("text", new PromptOptions { Prompt = MessageFactory.Text(OuterQuestion) }, ct);
            },
            (step, ct) => step.EndDialogAsync($"outer done: {step.Result}", ct),
        ]));
        outer.AddDialog(inner);
        outer.AddDialog(new TextPrompt("text"));
        return outer;
    }

    [Theory]
    [InlineData("help")]
    [InlineData("?")]
    public async Task Help_interrupts_and_the_interrupted_prompt_resumes(string help)
    {
        var client = NewClient(AskNameAndCount());
        Assert.Equal("What's your name?", (await client.SendActivityAsync<Activity>("hi"))?.Text);

        Assert.Equal(CancelAndHelpDialog.HelpText, (await client.SendActivityAsync<Activity>(help))?.Text);
        Assert.Equal("What's your name?", client.GetNextReply<Activity>()?.Text);
        Assert.Equal(DialogTurnStatus.Waiting, client.DialogTurnResult.Status);

        Assert.Equal("How many, Ada?", (await client.SendActivityAsync<Activity>("Ada"))?.Text);
        await client.SendActivityAsync<Activity>("three");
        Assert.Equal(new DialogTurnResult(DialogTurnStatus.Complete, 3), client.DialogTurnResult);
    }

    [Theory]
    [InlineData("cancel")]
    [InlineData("quit")]
    public async Task Cancel_ends_the_root_component_as_cancelled_and_the_next_message_starts_over(string cancel)
    {
        var client = NewClient(AskNameAndCount());
        await client.SendActivityAsync<Activity>("hi");
        await client.SendActivityAsync<Activity>("Ada");

        Assert.Equal(CancelAndHelpDialog.CancelText, (await client.SendActivityAsync<Activity>(cancel))?.Text);
        Assert.Equal(DialogTurnStatus.Cancelled, client.DialogTurnResult.Status);
        Assert.Null(client.GetNextReply<Activity>());

        Assert.Equal("What's your name?", (await client.SendActivityAsync<Activity>("hi again"))?.Text);
    }

    [Fact]
    public async Task An_inner_component_that_completes_resumes_its_parent_with_the_result()
    {
        var client = NewClient(Nested(cancelParents: false));
        Assert.Equal(InnerQuestion, (await client.SendActivityAsync<Activity>("hi"))?.Text);

        Assert.Equal("outer resumed with blue", (await client.SendActivityAsync<Activity>("blue"))?.Text);
        Assert.Equal(OuterQuestion, client.GetNextReply<Activity>()?.Text);

        await client.SendActivityAsync<Activity>("fine");
        Assert.Equal(new DialogTurnResult(DialogTurnStatus.Complete, "outer done: fine"), client.DialogTurnResult);
    }

    [Fact]
    public async Task CancelAll_with_parents_from_a_nested_component_cancels_the_whole_stack()
    {
        var client = NewClient(Nested(cancelParents: true));
        await client.SendActivityAsync<Activity>("hi");

        Assert.Equal(CancelAndHelpDialog.CancelText, (await client.SendActivityAsync<Activity>("cancel"))?.Text);

        Assert.Null(client.GetNextReply<Activity>());
        Assert.Equal(DialogTurnStatus.Cancelled, client.DialogTurnResult.Status);
        Assert.Equal(InnerQuestion, (await client.SendActivityAsync<Activity>("hi"))?.Text);
    }

    [Fact]
    public async Task CancelAll_without_parents_ends_only_the_nested_component_and_its_parent_resumes()
    {
        var client = NewClient(Nested(cancelParents: false));
        await client.SendActivityAsync<Activity>("hi");

        Assert.Equal(CancelAndHelpDialog.CancelText, (await client.SendActivityAsync<Activity>("cancel"))?.Text);

        Assert.Equal("outer resumed with nothing", client.GetNextReply<Activity>()?.Text);
        Assert.Equal(OuterQuestion, client.GetNextReply<Activity>()?.Text);
        Assert.Equal(DialogTurnStatus.Waiting, client.DialogTurnResult.Status);
    }

    [Fact]
    public void AddDialog_makes_the_first_dialog_the_initial_one()
    {
        var component = new ComponentDialog("c")
            .AddDialog(new TextPrompt("first"))
            .AddDialog(new TextPrompt("second"));

        Assert.Equal("first", component.InitialDialogId);
        Assert.Throws<ArgumentException>(() => component.AddDialog(new TextPrompt("first")));
    }
}
