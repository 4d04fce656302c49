using CobBot.Data;
using System.Globalization;
using CobBot.Chat;
using CobBot.Conversation;
using CobBot.Framework.Builder;
using CobBot.Knowledge.Eval;

namespace CobBot.App;

/// <summary>
/// The routing half of the knowledge eval: every row of <see cref="KnowledgeEvalSet"/> goes through the app itself — its
/// recognizer, routing and dialogs, on a throwaway SQLite database, via <see cref="ChatTurnRunner"/> — in a fresh session
/// (after the preceding turn, or after the messages that bring the session to the row's waiting prompt), and where the
/// bot took it (<see cref="TurnRoutes"/>) is compared with the row's <c>route</c>. A question labelled <c>answer</c> that no
/// article answers (article <c>none</c>) is routed right when the knowledge dialog says it found nothing (<see cref="TurnRoutes.NotFound"/>).
/// </summary>
public static class KnowledgeRoutingEvaluation
{
    /// <summary>Prints the routing accuracy per split and label, and the wrong rows of <paramref name="missesOf"/>.</summary>
    public static async Task RunAsync(TextWriter output, KnowledgeEvalSplit missesOf, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        var cases = KnowledgeEvalSet.Load();
        var setups = KnowledgeEvalSet.LoadPromptSetups();
        var path = Path.Combine(Path.GetTempPath(), $"cobbot-routing-eval-{Guid.NewGuid():N}.db");
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Development });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            // Routing is the same on either provider (retrieval, which is not, is scored per provider before): a SQLite
            // file of its own, whatever database the environment names.
            ["Database:Provider"] = nameof(DatabaseProvider.Sqlite),
            ["ConnectionStrings:CobBot"] = $"Data Source={path};Pooling=False",
            ["Admin:AdminPassword"] = Guid.NewGuid().ToString("N"),
            // Offline: the routing of the shipped recognizer, not the model's.
            ["Gemini:ApiKey"] = "",
        });
        builder.Services.AddCobBot(builder.Configuration, builder.Environment);
        await using var app = builder.Build();
        await app.StartAsync(cancellationToken);
        try
        {
            var runner = app.Services.GetRequiredService<ChatTurnRunner>();
            var results = new List<(KnowledgeEvalCase Case, string Got)>();
            foreach (var c in cases)
            {
                results.Add((c, await RouteAsync(app.Services.GetRequiredService<IBot>(), runner, c, setups, cancellationToken)));
            }

            await PrintAsync(output, results, missesOf);
        }
        finally
        {
            await app.StopAsync(cancellationToken);
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }

    private static async Task<string> RouteAsync(
        IBot bot, ChatTurnRunner runner, KnowledgeEvalCase c, IReadOnlyDictionary<string, KnowledgeEvalPromptSetup> setups, CancellationToken cancellationToken)
    {
        var session = ChatSessionId.New();
        IReadOnlyList<string> before = c.WaitingPrompt.Length > 0
            ? setups.TryGetValue(c.WaitingPrompt, out var setup) ? setup.Messages : throw new InvalidOperationException($"No setup for the prompt \"{c.WaitingPrompt}\".")
            : c.PreviousTurn.Length > 0 ? [c.PreviousTurn] : [];
        var last = "";
        foreach (var message in before)
        {
            last = (await runner.RunAsync(bot, message, session, cancellationToken: cancellationToken)).Response;
        }

        if (c.WaitingPrompt.Length > 0 && !last.Contains(setups[c.WaitingPrompt].Reached, StringComparison.Ordinal))
            return "(setup did not reach the prompt)";
        string? route = null;
        await runner.RunAsync(bot, c.Question, session, turn => route = TurnRoutes.Of(turn), cancellationToken);
        return route ?? "(taken by the waiting dialog)";
    }

    private static async Task PrintAsync(TextWriter output, List<(KnowledgeEvalCase Case, string Got)> results, KnowledgeEvalSplit missesOf)
    {
        await output.WriteLineAsync("Routing through the app (answer / dialog / handoff / out-of-scope / medical):");
        foreach (var (name, heldOut) in new[] { ("train", false), ("held-out", true) })
        {
            var split = results.Where(r => r.Case.HeldOut == heldOut).ToList();
            var labels = split.GroupBy(r => Expected(r.Case)).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => FormattableString.Invariant($"{g.Key} {g.Count(r => r.Got == g.Key)}/{g.Count()}"));
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"  {name,-8} {Share(split.Count(r => r.Got == Expected(r.Case)), split.Count),6:P1}  ({string.Join(", ", labels)})"));
        }

        foreach (var (name, heldOut) in new[] { ("train", false), ("held-out", true) }
            .Where(s => missesOf == KnowledgeEvalSplit.All || (missesOf == KnowledgeEvalSplit.HeldOut) == s.Item2))
        {
            var misses = results.Where(r => r.Case.HeldOut == heldOut && r.Got != Expected(r.Case)).ToList();
            await output.WriteLineAsync($"Routing misses ({name}, {misses.Count}):");
            foreach (var (c, got) in misses)
            {
                var context = c.WaitingPrompt.Length > 0 ? $" (while \"{c.WaitingPrompt}\" waits)" : c.PreviousTurn.Length > 0 ? $" (after \"{c.PreviousTurn}\")" : "";
                await output.WriteLineAsync($"  \"{c.Question}\"{context} expected {Expected(c)}, got {got}");
            }
        }
    }

    /// <summary>The route the row expects: <c>answer</c> with article <c>none</c> is the knowledge dialog's not-found reply.</summary>
    private static string Expected(KnowledgeEvalCase c) => c.IsUnanswered ? TurnRoutes.NotFound : c.Route;

    private static double Share(int part, int whole) => whole == 0 ? 1 : (double)part / whole;
}
