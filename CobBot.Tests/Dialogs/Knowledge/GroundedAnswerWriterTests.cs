using System.ClientModel;
using System.ClientModel.Primitives;
using System.Text.Json.Nodes;
using CobBot.Dialogs.Knowledge;
using CobBot.Knowledge;
using CobBot.Privacy;
using CobBot.Recognition.Gemini;
using CobBot.Tests.Recognition.Gemini;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OpenAI;
using OpenAI.Chat;

namespace CobBot.Tests.Dialogs.Knowledge;

/// <summary>Grounded answers through Gemini's OpenAI-compatible wire API, faked in-process.</summary>
public sealed class GroundedAnswerWriterTests : IAsyncLifetime
{
    private static readonly KnowledgePassage[] Passages =
    [
        new("refund-policy", "Refund Policy", "", "COB Company offers a full refund within 30 days.", 11.4),
        new("cancellation-policy", "Cancellation Policy", "Related", "Cancelling a service needs 30 days' notice.", 6.5),
    ];

    private FakeGeminiServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeGeminiServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Writes_from_the_passages_and_names_the_ones_used()
    {
        _server.Respond = context => ChatCompletions.WriteAsync(context, ChatCompletions.Completion(
            """{"answered": true, "answer": "You can get a full refund within 30 days.", "sources": [1]}"""));

        var answer = Assert.IsType<KnowledgeAnswer>(await Writer().WriteAsync("Can I get my money back? Email me at ada@example.com", Passages));

        Assert.Equal(("You can get a full refund within 30 days.", true), (answer.Text, answer.Generated));
        Assert.Equal([Passages[0]], answer.Sources);
        var request = JsonNode.Parse(Assert.Single(_server.Requests).Body)!;
        var user = JsonNode.Parse((string)request["messages"]![1]!["content"]!)!;
        Assert.Equal("Can I get my money back? Email me at [EMAIL]", (string?)user["question"]);
        Assert.Equal(["Refund Policy", "Cancellation Policy"], user["passages"]!.AsArray().Select(p => (string?)p!["article"]));
        Assert.DoesNotContain("ada@example.com", request.ToJsonString());
        Assert.Equal("json_schema", (string?)request["response_format"]!["type"]);
    }

    [Fact]
    public async Task No_answer_when_the_model_says_the_passages_do_not_answer()
    {
        _server.Respond = context => ChatCompletions.WriteAsync(context, ChatCompletions.Completion(
            """{"answered": false, "answer": "", "sources": []}"""));

        Assert.Null(await Writer().WriteAsync("do you integrate with our fax machine?", Passages));
        Assert.Single(_server.Requests);
    }

    [Theory]
    [InlineData("""{"answered": true, "answer": "  ", "sources": [1]}""")]
    [InlineData("not json at all")]
    public async Task Falls_back_to_the_best_passage_without_a_grounded_answer(string content)
    {
        _server.Respond = context => ChatCompletions.WriteAsync(context, ChatCompletions.Completion(content));

        var answer = Assert.IsType<KnowledgeAnswer>(await Writer().WriteAsync("refunds?", Passages));

        Assert.Equal((Passages[0].Text, false), (answer.Text, answer.Generated));
        Assert.Equal([Passages[0]], answer.Sources);
    }

    [Theory]
    [InlineData(StatusCodes.Status500InternalServerError)]
    [InlineData(StatusCodes.Status429TooManyRequests)]
    public async Task Falls_back_to_the_best_passage_when_the_model_fails(int status)
    {
        _server.Respond = context => ChatCompletions.WriteAsync(context, ChatCompletions.Error(status, "UNAVAILABLE", "try later"), status);

        var answer = Assert.IsType<KnowledgeAnswer>(await Writer().WriteAsync("refunds?", Passages));

        Assert.False(answer.Generated);
        Assert.Equal(Passages[0].Text, answer.Text);
    }

    [Fact]
    public async Task Falls_back_when_the_model_does_not_answer_in_time()
    {
        _server.Respond = FakeGeminiServer.NeverAnswer;

        var answer = Assert.IsType<KnowledgeAnswer>(await Writer(timeout: TimeSpan.FromMilliseconds(200)).WriteAsync("refunds?", Passages));

        Assert.False(answer.Generated);
    }

    [Fact]
    public async Task Without_a_key_the_best_passage_is_the_answer()
    {
        var writer = new GroundedAnswerWriter(null, Redactor(), Options.Create(new GeminiOptions()), NullLogger<GroundedAnswerWriter>.Instance);

        var answer = Assert.IsType<KnowledgeAnswer>(await writer.WriteAsync("refunds?", Passages));

        Assert.Equal((Passages[0].Text, false), (answer.Text, answer.Generated));
        Assert.Equal([Passages[0]], answer.Sources);
        Assert.Empty(_server.Requests);
    }

    private GroundedAnswerWriter Writer(TimeSpan? timeout = null)
    {
        var options = new GeminiOptions { ApiKey = "test-key", Endpoint = _server.Endpoint, Timeout = timeout ?? TimeSpan.FromSeconds(30) };
        IChatClient chat = new ChatClient(options.Model, new ApiKeyCredential(options.ApiKey),
                new OpenAIClientOptions { Endpoint = options.Endpoint, RetryPolicy = new ClientRetryPolicy(maxRetries: 0) })
            .AsIChatClient();
        return new GroundedAnswerWriter(chat, Redactor(), Options.Create(options), NullLogger<GroundedAnswerWriter>.Instance);
    }

    private static PhiRedactor Redactor() =>
        new ServiceCollection().AddPhiRedaction().BuildServiceProvider().GetRequiredService<PhiRedactor>();
}
