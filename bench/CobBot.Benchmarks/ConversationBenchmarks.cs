using BenchmarkDotNet.Attributes;
using CobBot.BenchBot;

namespace CobBot.Benchmarks;

/// <summary>
/// One turn of the bench bot's booking conversation through the CloudAdapter request path, averaged over a whole
/// seven-turn conversation (hi, book, name, email, choice, date, confirm → "Booked …"), each in a new conversation.
/// </summary>
[MemoryDiagnoser]
[MinColumn, MedianColumn]
[ShortRunJob]
public class ConversationBenchmarks
{
    private BenchBotHost? _host;

    /// <summary>The state storage.</summary>
    [Params(BenchStorage.Memory, BenchStorage.Sqlite)]
    public BenchStorage Storage { get; set; }

    /// <summary>Starts the bot and checks one conversation ends with the booking.</summary>
    [GlobalSetup]
    public async Task SetupAsync()
    {
        _host = await BenchBotHost.StartAsync(Storage);
        var transcript = await _host.RunTranscriptAsync();
        if (transcript.Count != ConversationPayloads.TurnCount || transcript.Any(replies => replies.Length == 0)
            || !transcript[^1].Any(text => text.StartsWith("Booked ", StringComparison.Ordinal)))
            throw new InvalidOperationException("The bench bot did not answer the booking conversation as expected: "
                + string.Join(" | ", transcript.Select(replies => string.Join(" / ", replies))));
    }

    /// <summary>Stops the bot and deletes its database.</summary>
    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        if (_host is not null) await _host.DisposeAsync();
    }

    /// <summary>A full conversation; reported per turn.</summary>
    [Benchmark(OperationsPerInvoke = ConversationPayloads.TurnCount)]
    public Task Turn() => _host!.RunConversationAsync();
}
