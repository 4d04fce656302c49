using CobBot.Recognition;
using CobBot.Recognition.Gemini;
using Microsoft.AspNetCore.Http;

namespace CobBot.Tests.Recognition.Gemini;

public class FallbackRecognizerTests
{
    public static TheoryData<string> Failures => new(Responses.Keys);

    private static readonly Dictionary<string, Func<HttpContext, Task>> Responses = new()
    {
        ["429 quota"] = c => ChatCompletions.WriteAsync(c, ChatCompletions.Error(429, "RESOURCE_EXHAUSTED", "Resource has been exhausted (e.g. check quota)."), 429),
        ["500 internal"] = c => ChatCompletions.WriteAsync(c, ChatCompletions.Error(500, "INTERNAL", "An internal error has occurred."), 500),
        ["503 overloaded"] = c => ChatCompletions.WriteAsync(c, ChatCompletions.Error(503, "UNAVAILABLE", "The model is overloaded."), 503),
        ["malformed JSON content"] = c => ChatCompletions.WriteAsync(c, ChatCompletions.Completion("{\"intent\": \"book_appointment\", \"score\": 0.9")),
        ["prose instead of JSON"] = c => ChatCompletions.WriteAsync(c, ChatCompletions.Completion("Sure! The intent is book_appointment.")),
        ["wrong schema"] = c => ChatCompletions.WriteAsync(c, ChatCompletions.Completion("{\"label\": \"book_appointment\", \"confidence\": 0.9}")),
        ["null intent"] = c => ChatCompletions.WriteAsync(c, ChatCompletions.Recognition(a => a["intent"] = null)),
        ["score as text"] = c => ChatCompletions.WriteAsync(c, ChatCompletions.Recognition(a => a["score"] = "high")),
        ["malformed envelope"] = c => ChatCompletions.WriteAsync(c, "<html>Bad gateway</html>"),
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task Falls_back_to_the_offline_recognizer(string failure)
    {
        await using var harness = await GeminiHarness.StartAsync();
        harness.Server.Respond = Responses[failure];

        var result = await harness.RecognizeAsync("book a demo tomorrow at 3");

        Assert.Same(OfflineRecognizerDouble.Answer, result);
        Assert.Equal(1, harness.Offline.Calls);
        Assert.Single(harness.Server.Requests); // no client-side retries
    }

    [Fact]
    public async Task Falls_back_when_Gemini_does_not_answer_in_time()
    {
        await using var harness = await GeminiHarness.StartAsync();
        harness.Server.Respond = FakeGeminiServer.NeverAnswer;

        var turn = harness.RecognizeAsync("book a demo tomorrow at 3");
        await harness.Server.FirstRequest;
        harness.Time.Advance(GeminiHarness.Timeout - TimeSpan.FromMilliseconds(1));
        Assert.False(turn.IsCompleted);
        harness.Time.Advance(TimeSpan.FromMilliseconds(1));

        Assert.Same(OfflineRecognizerDouble.Answer, await turn);
    }

    [Fact]
    public async Task The_breaker_opens_after_consecutive_failures_and_closes_after_the_break()
    {
        await using var harness = await GeminiHarness.StartAsync();
        harness.Server.Respond = Responses["500 internal"];

        for (var i = 0; i < GeminiHarness.FailureThreshold; i++)
        {
            Assert.Equal("offline", (await harness.RecognizeAsync("hello")).Source);
        }
        Assert.Equal("open", harness.Mode.Circuit);

        harness.Server.Respond = context => ChatCompletions.WriteAsync(context, ChatCompletions.Recognition());
        Assert.Equal("offline", (await harness.RecognizeAsync("hello")).Source);
        Assert.Equal(GeminiHarness.FailureThreshold, harness.Server.Requests.Count); // Gemini skipped while open

        harness.Time.Advance(GeminiHarness.BreakDuration);
        Assert.Equal("gemini", (await harness.RecognizeAsync("hello")).Source);
        Assert.Equal("closed", harness.Mode.Circuit);
        Assert.Equal(GeminiHarness.FailureThreshold + 1, harness.Server.Requests.Count);
    }

    [Fact]
    public async Task Fewer_failures_than_the_threshold_keep_the_circuit_closed()
    {
        await using var harness = await GeminiHarness.StartAsync();
        harness.Server.Respond = Responses["429 quota"];

        for (var i = 0; i < GeminiHarness.FailureThreshold - 1; i++)
        {
            await harness.RecognizeAsync("hello");
        }

        Assert.Equal("closed", harness.Mode.Circuit);
        harness.Server.Respond = context => ChatCompletions.WriteAsync(context, ChatCompletions.Recognition());
        Assert.Equal("gemini", (await harness.RecognizeAsync("hello")).Source);
    }

    [Fact]
    public async Task The_callers_cancellation_propagates_instead_of_falling_back()
    {
        await using var harness = await GeminiHarness.StartAsync();
        harness.Server.Respond = FakeGeminiServer.NeverAnswer;
        using var cancellation = new CancellationTokenSource();

        var turn = harness.RecognizeAsync("hello", cancellation.Token);
        await harness.Server.FirstRequest;
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => turn);
        Assert.Equal(0, harness.Offline.Calls);
        Assert.Equal("closed", harness.Mode.Circuit);
    }

    [Fact]
    public async Task Logs_why_it_fell_back_without_the_customers_text()
    {
        await using var harness = await GeminiHarness.StartAsync();
        harness.Server.Respond = c => ChatCompletions.WriteAsync(c, ChatCompletions.Error(500, "INTERNAL", "echo: dana.w@gmail.com"), 500);

        for (var i = 0; i <= GeminiHarness.FailureThreshold; i++)
        {
            await harness.RecognizeAsync("I'm Dana Whitfield, reach me at dana.w@gmail.com");
        }

        Assert.Equal(GeminiHarness.FailureThreshold, harness.Logs.Messages.Count(m => m.Contains("(HTTP 500)")));
        Assert.Single(harness.Logs.Messages, m => m.Contains("(circuit open)"));
        Assert.DoesNotContain(harness.Logs.Messages, m => m.Contains("dana", StringComparison.OrdinalIgnoreCase));
    }
}
