using System.Text.Json;
using CobBot.Framework.Authentication;
using CobBot.Framework.Builder;
using CobBot.Framework.Connector;
using CobBot.Framework.Schema;
using CobBot.Framework.State;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CobBot.Framework.Hosting;

/// <summary>
/// The Bot Framework HTTP adapter (the SDK's CloudAdapter with its ASP.NET Core integration): reads an
/// activity POSTed to <c>/api/messages</c>, authenticates it, runs the turn and answers per protocol.
/// Every turn — inbound or proactive — is a small transaction: turns of one conversation run one at a
/// time, the bot's state is saved with eTags at the end, replies are held until that save succeeds, and
/// a save conflict re-runs the turn on fresh state (see <see cref="CloudAdapterOptions"/>).
/// </summary>
public sealed partial class CloudAdapter : BotAdapter
{
    private readonly IConnectorClient _connector;
    private readonly IBotAuthenticator _authenticator;
    private readonly BotStateSet _states;
    private readonly ActivityDeduplicator _deduplicator;
    private readonly UndeliveredOperations _undelivered;
    private readonly CloudAdapterOptions _options;
    private readonly ILogger<CloudAdapter> _logger;

    /// <summary>Creates the adapter. <paramref name="conversationState"/> is always saved, with the states in <paramref name="botStates"/>.</summary>
    public CloudAdapter(
        IConnectorClient connector,
        IBotAuthenticator authenticator,
        ConversationState conversationState,
        BotStateSet botStates,
        IOptions<CloudAdapterOptions> options,
        ILogger<CloudAdapter> logger)
    {
        _connector = connector ?? throw new ArgumentNullException(nameof(connector));
        _authenticator = authenticator ?? throw new ArgumentNullException(nameof(authenticator));
        ArgumentNullException.ThrowIfNull(conversationState);
        ArgumentNullException.ThrowIfNull(botStates);
        _options = options?.Value ?? throw new ArgumentNullException(nameof(options));
        if (_options.MaxTurnAttempts < 1) throw new ArgumentOutOfRangeException(nameof(options), "MaxTurnAttempts must be at least 1.");
        if (_options.RecentResponseCapacity < 0) throw new ArgumentOutOfRangeException(nameof(options), "RecentResponseCapacity must not be negative.");
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _states = new BotStateSet([conversationState, .. botStates.BotStates]);
        _deduplicator = new ActivityDeduplicator(conversationState, _options.RecentActivityIdCapacity, _options.RecentResponseCapacity);
        _undelivered = new UndeliveredOperations(conversationState);
    }

    /// <summary>Per-conversation turn locks (exposed to tests to prove they are released).</summary>
    internal KeyedAsyncLock ConversationLocks { get; } = new();

    /// <summary>
    /// Handles one <c>POST /api/messages</c>: 405 for other verbs, 400 for a body that is not an activity,
    /// 401/403 when authentication fails, otherwise runs the turn and writes 200 (ordinary), the invoke
    /// response (501 when the bot gave none), or <c>{"activities":[...]}</c> for <c>expectReplies</c>.
    /// </summary>
    public async Task ProcessAsync(HttpRequest httpRequest, HttpResponse httpResponse, IBot bot, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(httpRequest);
        ArgumentNullException.ThrowIfNull(httpResponse);
        ArgumentNullException.ThrowIfNull(bot);
        if (!HttpMethods.IsPost(httpRequest.Method))
        {
            httpResponse.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }

        var activity = await ReadActivityAsync(httpRequest, cancellationToken).ConfigureAwait(false);
        if (activity is null)
        {
            await WriteProblemAsync(httpResponse, StatusCodes.Status400BadRequest,
                "The body must be an activity with a type, a channelId and a conversation id.").ConfigureAwait(false);
            return;
        }

        BotCaller caller;
        try
        {
            caller = await _authenticator.AuthenticateAsync(activity, AuthorizationHeader(httpRequest), cancellationToken).ConfigureAwait(false);
        }
        catch (BotAuthenticationException ex)
        {
            _logger.LogWarning("Rejected an inbound {ActivityType} on {ChannelId} with {StatusCode}: {Reason}",
                activity.Type, activity.ChannelId, ex.StatusCode, ex.Message);
            await WriteProblemAsync(httpResponse, ex.StatusCode, "The request could not be authenticated.").ConfigureAwait(false);
            return;
        }

        InvokeResponse? response;
        try
        {
            response = await ProcessActivityAsync(caller, activity, bot.OnTurnAsync, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _logger.LogError("Turn for an inbound {ActivityType} on {ChannelId} failed: {Failure}",
                activity.Type, activity.ChannelId, ExceptionText.Describe(ex));
            await WriteProblemAsync(httpResponse, StatusCodes.Status500InternalServerError, "The bot could not process the activity.").ConfigureAwait(false);
            return;
        }
        await WriteResponseAsync(httpResponse, response, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs the turn for an inbound activity that is already read and authenticated — the HTTP endpoint uses it
    /// after reading the request, and other front doors (such as a REST chat API) call it directly, so every channel
    /// shares one pipeline. Returns the answer for the caller: the invoke response (501 when the bot gave none),
    /// <c>200 {"activities":[...]}</c> (an <see cref="ExpectedReplies"/> body) for <c>expectReplies</c>, or null for
    /// an ordinary activity (HTTP 200 without a body).
    /// </summary>
    /// <exception cref="ArgumentException">The activity has no type, channelId or conversation id.</exception>
    public Task<InvokeResponse?> ProcessActivityAsync(BotCaller caller, Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(callback);
        if (!IsRoutable(activity))
            throw new ArgumentException("The activity needs a type, a channelId and a conversation id.", nameof(activity));
        // callerId is never trusted from the wire: it comes from the validated token only.
        activity.CallerId = caller.CallerId;
        return RunTurnAsync(activity, caller, callback, isInbound: true, cancellationToken);
    }

    private static async Task<Activity?> ReadActivityAsync(HttpRequest httpRequest, CancellationToken cancellationToken)
    {
        Activity? activity;
        try
        {
            activity = await JsonSerializer.DeserializeAsync<Activity>(httpRequest.Body, BotJson.Options, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            return null;
        }
        return activity is not null && IsRoutable(activity) ? activity : null;
    }

    private static bool IsRoutable(Activity activity) =>
        !string.IsNullOrWhiteSpace(activity.Type)
        && !string.IsNullOrWhiteSpace(activity.ChannelId)
        && !string.IsNullOrWhiteSpace(activity.Conversation?.Id);

    private static async Task WriteResponseAsync(HttpResponse httpResponse, InvokeResponse? response, CancellationToken cancellationToken)
    {
        httpResponse.StatusCode = response?.Status ?? StatusCodes.Status200OK;
        if (response?.Body is not { } body) return;
        var json = JsonSerializer.SerializeToUtf8Bytes(body, BotJson.Options);
        httpResponse.ContentType = "application/json; charset=utf-8";
        httpResponse.ContentLength = json.Length;   // sent whole, not chunked
        await httpResponse.Body.WriteAsync(json, cancellationToken).ConfigureAwait(false);
    }

    private static string? AuthorizationHeader(HttpRequest httpRequest)
    {
        var header = httpRequest.Headers.Authorization.ToString();
        return header.Length == 0 ? null : header;
    }

    private static Task WriteProblemAsync(HttpResponse httpResponse, int statusCode, string title) =>
        Results.Problem(statusCode: statusCode, title: title).ExecuteAsync(httpResponse.HttpContext);
}
