using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using CobBot.Framework.Schema;
using Microsoft.Extensions.Logging;
using Polly.Timeout;

namespace CobBot.Framework.Connector;

/// <summary>
/// The Connector REST client (typed <see cref="HttpClient"/>, retries in its resilience handler). Each call goes to the
/// activity's <c>serviceUrl</c>; the body leaves out <c>id</c>, <c>timestamp</c> and <c>serviceUrl</c>. Calls carry a
/// bearer token when an app id is configured; a 401/403 refreshes the token and retries once. 200/201/202/204 are
/// success; anything else, or no answer, throws <see cref="ConnectorException"/>.
/// </summary>
public sealed class ConnectorClient(HttpClient httpClient, IAccessTokenProvider tokenProvider, ILogger<ConnectorClient> logger) : IConnectorClient
{
    private const string CorrelationHeader = "X-Correlating-OperationId";
    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json") { CharSet = "utf-8" };

    /// <inheritdoc />
    public Task<ResourceResponse> SendToConversationAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        var (serviceUrl, conversationId) = Address(activity);
        return SendActivityAsync("SendToConversation", HttpMethod.Post, ConnectorUrl.Activities(serviceUrl, conversationId), activity, cancellationToken);
    }

    /// <inheritdoc />
    public Task<ResourceResponse> ReplyToActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        var (serviceUrl, conversationId) = Address(activity);
        var uri = ConnectorUrl.Activity(serviceUrl, conversationId, Required(activity.ReplyToId, "replyToId"));
        return SendActivityAsync("ReplyToActivity", HttpMethod.Post, uri, activity, cancellationToken);
    }

    /// <inheritdoc />
    public Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        var (serviceUrl, conversationId) = Address(activity);
        var uri = ConnectorUrl.Activity(serviceUrl, conversationId, Required(activity.Id, "id"));
        return SendActivityAsync("UpdateActivity", HttpMethod.Put, uri, activity, cancellationToken);
    }

    /// <inheritdoc />
    public async Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken = default)
    {
        var uri = ConnectorUrl.Activity(Required(serviceUrl, "serviceUrl"), Required(conversationId, "conversationId"), Required(activityId, "activityId"));
        using var response = await SendAsync("DeleteActivity", HttpMethod.Delete, uri, null, cancellationToken).ConfigureAwait(false);
    }

    private async Task<ResourceResponse> SendActivityAsync(string operation, HttpMethod method, Uri uri, Activity activity, CancellationToken cancellationToken)
    {
        var body = BotJson.SerializeOutgoingToUtf8Bytes(activity);
        using var response = await SendAsync(operation, method, uri, body, cancellationToken).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        return string.IsNullOrWhiteSpace(text)
            ? new ResourceResponse()
            : JsonSerializer.Deserialize(text, BotJsonContext.Default.ResourceResponse) ?? new ResourceResponse();
    }

    private async Task<HttpResponseMessage> SendAsync(string operation, HttpMethod method, Uri uri, byte[]? body, CancellationToken cancellationToken)
    {
        var token = await tokenProvider.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        var response = await SendOnceAsync(operation, method, uri, body, token, cancellationToken).ConfigureAwait(false);
        if (token is not null && response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            ConnectorLog.TokenRejected(logger, operation, (int)response.StatusCode, OperationId(response));
            response.Dispose();
            token = await tokenProvider.RefreshTokenAsync(token, cancellationToken).ConfigureAwait(false);
            response = await SendOnceAsync(operation, method, uri, body, token, cancellationToken).ConfigureAwait(false);
        }
        var operationId = OperationId(response);
        if (response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Created or HttpStatusCode.Accepted or HttpStatusCode.NoContent)
        {
            ConnectorLog.Answered(logger, operation, (int)response.StatusCode, operationId);
            return response;
        }
        using (response)
        {
            var error = await ConnectorException.FromResponseAsync(operation, response, operationId, cancellationToken).ConfigureAwait(false);
            ConnectorLog.Failed(logger, operation, error.StatusCode, error.ErrorCode, operationId);
            throw error;
        }
    }

    private async Task<HttpResponseMessage> SendOnceAsync(string operation, HttpMethod method, Uri uri, byte[]? body, string? token, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, uri);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body) { Headers = { ContentType = JsonContentType } };
        }
        try
        {
            return await httpClient.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutRejectedException)
        {
            ConnectorLog.Failed(logger, operation, null, e.GetType().Name, null);
            throw new ConnectorException(operation, null, null, e.Message, null, e);
        }
    }

    private static (string ServiceUrl, string ConversationId) Address(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return (Required(activity.ServiceUrl, "serviceUrl"), Required(activity.Conversation?.Id, "conversation.id"));
    }

    private static string Required(string? value, string name) =>
        string.IsNullOrEmpty(value) ? throw new ArgumentException($"{name} is required for this Connector call.", name) : value;

    private static string? OperationId(HttpResponseMessage response) =>
        response.Headers.TryGetValues(CorrelationHeader, out var values) ? values.FirstOrDefault() : null;
}
