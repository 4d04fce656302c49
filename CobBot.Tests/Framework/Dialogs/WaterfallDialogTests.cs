using CobBot.Framework.Dialogs;
using CobBot.Framework.Schema;
using CobBot.Framework.Testing;

namespace CobBot.Tests.Framework.Dialogs;

public sealed class WaterfallDialogTests
{
    private static WaterfallStep Say(string text, Func<WaterfallStepContext, DialogTurnResult?>? then = null) => async (step, ct) =>
    {
        await step.Context.SendActivityAsync(text, cancellationToken: ct);
        return then?.Invoke(step) ?? Dialog.EndOfTurn;
    };

    [Fact]
    public async Task Runs_steps_in_order_passing_results_and_values()
    {
        var seen = new List<(int Index, DialogReason Reason, object? Result)>();
        var waterfall = new WaterfallDialog("w",
        [
            async (step, ct) =>
            {
                seen.Add((step.Index, step.Reason, step.Result));
                await step.Context.SendActivityAsync("step 1", cancellationToken: ct);
                return Dialog.EndOfTurn;
            },
            async (step, ct) =>
            {
                seen.Add((step.Index, step.Reason, step.Result));
                step.Values["first"] = step.Result;
                await step.Context.SendActivityAsync("step 2", cancellationToken: ct);
                return Dialog.EndOfTurn;
            },
            async (step, ct) =>
            {
                seen.Add((step.Index, step.Reason, step.Result));
                await step.Context.SendActivityAsync($"step 3: {step.Values.Get<string>("first")} then {step.Result}", cancellationToken: ct);
                return await step.EndDialogAsync("done", ct);
            },
        ]);
        var bot = new DialogTestBot("w", waterfall);

        await bot.Flow()
            .Send("hi").AssertReply("step 1")
            .Send("a").AssertReply("step 2")
            .Send("b").AssertReply("step 3: a then b")
            .StartTestAsync();

        Assert.Equal(new (int, DialogReason, object?)[] { (0, DialogReason.BeginCalled, null), (1, DialogReason.ContinueCalled, "a"), (2, DialogReason.ContinueCalled, "b") }, seen);
        Assert.Equal(new DialogTurnResult(DialogTurnStatus.Complete, "done"), bot.Results[^1]);
    }

    [Fact]
    public async Task NextAsync_skips_to_the_next_step_in_the_same_turn()
    {
        DialogReason? reason = null;
        var waterfall = new WaterfallDialog("w")
            .AddStep((step, ct) => step.NextAsync(42, ct))
            .AddStep(async (step, ct) =>
            {
                reason = step.Reason;
                await step.Context.SendActivityAsync($"got {step.Result}", cancellationToken: ct);
                return Dialog.EndOfTurn;
            });
        var bot = new DialogTestBot("w", waterfall);

        await bot.Flow().Send("hi").AssertReply("got 42").StartTestAsync();

        Assert.Equal(DialogReason.NextCalled, reason);
        Assert.Equal(DialogTurnStatus.Waiting, bot.Results[^1].Status);
    }

    [Fact]
    public async Task NextAsync_twice_in_one_step_throws()
    {
        var waterfall = new WaterfallDialog("w",
        [
            async (step, ct) =>
            {
                await step.NextAsync(null, ct);
                return await step.NextAsync(null, ct);
            },
            Say("second"),
        ]);
        var bot = new DialogTestBot("w", waterfall);

        await Assert.ThrowsAsync<InvalidOperationException>(() => bot.Flow().Send("hi").StartTestAsync());
    }

    [Fact]
    public async Task The_last_step_result_completes_the_waterfall()
    {
        var bot = new DialogTestBot("w", new WaterfallDialog("w", [(step, ct) => step.NextAsync("result", ct)]));

        await bot.Flow().Send("hi").StartTestAsync();

        Assert.Equal(new DialogTurnResult(DialogTurnStatus.Complete, "result"), bot.Results[^1]);
    }

    [Fact]
    public async Task ReplaceDialog_swaps_the_child_and_the_parent_resumes_with_the_replacement_result()
    {
        var root = new WaterfallDialog("root",
        [
            (step, ct) => step.BeginDialogAsync("child", null, ct),
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"root got {step.Result}", cancellationToken: ct);
                return await step.EndDialogAsync(null, ct);
            },
        ]);
        var child = new WaterfallDialog("child", [(step, ct) => step.ReplaceDialogAsync("replacement", "from child", ct)]);
        var replacement = new WaterfallDialog("replacement",
        [
            Say("in replacement"),
            (step, ct) => step.EndDialogAsync($"{step.Options} + {step.Result}", ct),
        ]);
        var bot = new DialogTestBot("root", root, child, replacement);

        await bot.Flow()
            .Send("hi").AssertReply("in replacement")
            .Send("x").AssertReply("root got from child + x")
            .StartTestAsync();

        Assert.Equal(DialogTurnStatus.Complete, bot.Results[^1].Status);
    }

    [Fact]
    public async Task ReplaceDialog_can_loop_a_waterfall_until_the_user_is_done()
    {
        var loop = new WaterfallDialog("loop",
        [
            Say("Anything else?"),
            async (step, ct) => (string?)step.Result == "again"
                ? await step.ReplaceDialogAsync("loop", null, ct)
                : await step.EndDialogAsync(step.Result, ct),
        ]);
        var bot = new DialogTestBot("loop", loop);

        await bot.Flow()
            .Send("hi").AssertReply("Anything else?")
            .Send("again").AssertReply("Anything else?")
            .Send("again").AssertReply("Anything else?")
            .Send("no").StartTestAsync();

        Assert.Equal(new DialogTurnResult(DialogTurnStatus.Complete, "no"), bot.Results[^1]);
    }

    [Fact]
    public async Task A_non_message_activity_does_not_advance_the_waterfall()
    {
        var bot = new DialogTestBot("w", new WaterfallDialog("w", [Say("one"), Say("two")]));

        await bot.Flow()
            .Send("hi").AssertReply("one")
            .Send(new Activity { Type = ActivityTypes.Typing })
            .Send("next").AssertReply("two")
            .StartTestAsync();

        Assert.Equal(DialogTurnStatus.Waiting, bot.Results[1].Status);
    }

    [Fact]
    public async Task Beginning_an_unknown_dialog_names_it()
    {
        var bot = new DialogTestBot("w", new WaterfallDialog("w", [(step, ct) => step.BeginDialogAsync("missing", null, ct)]));

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => bot.Flow().Send("hi").StartTestAsync());

        Assert.Contains("'missing'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CancelAll_with_an_empty_stack_is_empty_and_with_dialogs_is_cancelled()
    {
        var bot = new DialogTestBot("w", new WaterfallDialog("w", [Say("one")]));
        DialogTurnResult? before = null, after = null;

        await new TestFlow(bot.Adapter, async (turnContext, ct) =>
        {
            var dc = await bot.Dialogs.CreateContextAsync(turnContext, ct);
            before = await dc.CancelAllDialogsAsync(ct);
            await dc.BeginDialogAsync("w", null, ct);
            after = await dc.CancelAllDialogsAsync(ct);
            Assert.Empty(dc.Stack);
        }).Send("hi").AssertReply("one").StartTestAsync();

        Assert.Equal(DialogTurnStatus.Empty, before?.Status);
        Assert.Equal(DialogTurnStatus.Cancelled, after?.Status);
    }
}
