using CobBot.Framework.Builder;
using CobBot.Framework.Dialogs;
using CobBot.Framework.Schema;
using CobBot.Framework.State;
using CobBot.Framework.Testing;

namespace CobBot.Tests.Framework.Dialogs;

/// <summary>Waterfall values, options and prompt state survive a real save → reload through ConversationState.</summary>
public sealed class DialogStatePersistenceTests
{
    private static readonly DateTime Appointment = new(2025, 3, 4, 9, 30, 0, DateTimeKind.Utc);
    private static readonly DateOnly Birthday = new(1990, 12, 10);

    internal sealed record Patient(string Name, DateOnly BirthDate, List<string> Plans, decimal Copay);

    internal sealed class VisitOptions
    {
        public string Reason { get; set; } = string.Empty;
        public int Visits { get; set; }
    }

    /// <summary>What step 3 saw after two reloads.</summary>
    private sealed class Observed
    {
        public object? RawCount { get; set; }
        public object? RawPatient { get; set; }
        public object? RawTags { get; set; }
        public int Count { get; set; }
        public string? Name { get; set; }
        public DateTime When { get; set; }
        public DateOnly Day { get; set; }
        public Patient? Patient { get; set; }
        public List<int>? Scores { get; set; }
        public List<string>? Tags { get; set; }
        public VisitOptions? Options { get; set; }
    }

    private static ComponentDialog Root(Observed observed)
    {
        var root = new ComponentDialog("root");
        root.AddDialog(new WaterfallDialog("steps",
        [
            (step, ct) =>
            {
                step.Values["count"] = 42;
                step.Values["name"] = "Ada";
                step.Values["when"] = Appointment;
                step.Values["day"] = Birthday;
                step.Values["patient"] = new Patient("Ada", Birthday, ["PPO", "HMO"], 25.50m);
                step.Values["scores"] = new List<int> { 3, 1, 2 };
                step.Values["tags"] = new[] { "new", "urgent" };
                return step.PromptAsync("text", new PromptOptions { Prompt = MessageFactory.Text("Step 1") }, ct);
            },
            (step, ct) =>
            {
                // Update the options in place: the change must be saved too.
                step.GetOptions<VisitOptions>()!.Visits++;
                return step.PromptAsync("text", new PromptOptions { Prompt = MessageFactory.Text("Step 2") }, ct);
            },
            (step, ct) =>
            {
                observed.RawCount = step.Values["count"];
                observed.RawPatient = step.Values["patient"];
                observed.RawTags = step.Values["tags"];
                observed.Count = step.Values.Get<int>("count");
                observed.Name = step.Values.Get<string>("name");
                observed.When = step.Values.Get<DateTime>("when");
                observed.Day = step.Values.Get<DateOnly>("day");
                observed.Patient = step.Values.Get<Patient>("patient");
                observed.Scores = step.Values.Get<List<int>>("scores");
                observed.Tags = step.Values.Get<List<string>>("tags");
                observed.Options = step.GetOptions<VisitOptions>();
                return step.EndDialogAsync(observed.Count + 1, ct);
            },
        ]));
        root.AddDialog(new TextPrompt("text"));
        return root;
    }

    [Fact]
    public async Task Values_and_options_come_back_typed_after_each_turn_is_reloaded()
    {
        var storage = new CountingStorage();
        var observed = new Observed();
        var client = new DialogTestClient(Channels.Test, Root(observed), new VisitOptions { Reason = "follow-up", Visits = 1 },
            conversationState: new ConversationState(storage));

        Assert.Equal("Step 1", (await client.SendActivityAsync<Activity>("hi"))?.Text);
        Assert.Equal("Step 2", (await client.SendActivityAsync<Activity>("one"))?.Text);
        await client.SendActivityAsync<Activity>("two");

        Assert.Equal(3, storage.Reads); // one load per turn: every turn deserialised the stack
        Assert.Equal(new DialogTurnResult(DialogTurnStatus.Complete, 43), client.DialogTurnResult);

        // Without type names, the raw values are JSON-shaped…
        Assert.IsType<long>(observed.RawCount);
        Assert.IsType<DialogValues>(observed.RawPatient);
        Assert.Equal(new List<object?> { "new", "urgent" }, observed.RawTags);
        // …and the typed API gives the original types back.
        Assert.Equal(42, observed.Count);
        Assert.Equal("Ada", observed.Name);
        Assert.Equal(Appointment, observed.When);
        Assert.Equal(DateTimeKind.Utc, observed.When.Kind);
        Assert.Equal(Birthday, observed.Day);
        Assert.Equal("Ada", observed.Patient?.Name);
        Assert.Equal(Birthday, observed.Patient?.BirthDate);
        Assert.Equal(["PPO", "HMO"], observed.Patient?.Plans ?? []);
        Assert.Equal(25.50m, observed.Patient?.Copay);
        Assert.Equal([3, 1, 2], observed.Scores ?? []);
        Assert.Equal(["new", "urgent"], observed.Tags ?? []);
        Assert.Equal("follow-up", observed.Options?.Reason);
        Assert.Equal(2, observed.Options?.Visits);
    }

    [Fact]
    public async Task The_stored_document_is_plain_json_without_type_names()
    {
        var storage = new CountingStorage();
        var client = new DialogTestClient(Channels.Test, Root(new Observed()), new VisitOptions(), conversationState: new ConversationState(storage));

        await client.SendActivityAsync<Activity>("hi");

        var json = storage.LastWrittenJson!;
        Assert.DoesNotContain("$type", json, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", json, StringComparison.Ordinal);
        Assert.Contains("\"count\":42", json, StringComparison.Ordinal);
        Assert.Contains("\"birthDate\":\"1990-12-10\"", json, StringComparison.Ordinal);
        Assert.Contains("\"attemptCount\":0", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_state_loaded_in_a_fresh_turn_context_has_no_json_elements()
    {
        var storage = new MemoryStorage();
        var state = new ConversationState(storage);
        var accessor = state.CreateProperty<DialogState>(nameof(DialogState));
        var adapter = new TestAdapter();
        await adapter.ProcessActivityAsync(adapter.MakeActivity("hi"), async (turn, ct) =>
        {
            var stack = await accessor.GetAsync(turn, () => new DialogState(), ct);
            var values = new DialogValues { ["list"] = new List<object> { 1, "two", new Dictionary<string, object> { ["three"] = 3.5 } } };
            stack.DialogStack.Add(new DialogInstance { Id = "d", State = values });
            await state.SaveChangesAsync(turn, false, ct);
        });

        DialogState? reloaded = null;
        await adapter.ProcessActivityAsync(adapter.MakeActivity("again"), async (turn, ct) => reloaded = await accessor.GetAsync(turn, null, ct));

        var list = Assert.IsType<List<object?>>(reloaded!.DialogStack.Single().State["list"]);
        Assert.Equal(1L, list[0]);
        Assert.Equal("two", list[1]);
        Assert.Equal(3.5m, Assert.IsType<DialogValues>(list[2])["three"]);
    }
}
