using System.Text;
using System.Text.Json;
using CobBot.Framework.Schema;
using Microsoft.AspNetCore.Http;

namespace CobBot.Framework.Hosting;

/// <summary>The HTTP status and optional JSON body (UTF-8) that answer an inbound activity.</summary>
internal sealed record TurnResponse(int Status, byte[]? Json)
{
    /// <summary>200 with no body: ordinary activities, unknown types, duplicates.</summary>
    public static TurnResponse Ok { get; } = new(StatusCodes.Status200OK, null);

    /// <summary>501: an invoke the bot did not answer (SDK behaviour).</summary>
    public static TurnResponse NotImplemented { get; } = new(StatusCodes.Status501NotImplemented, null);

    /// <summary>200 with <c>{"activities":[...]}</c>.</summary>
    public static TurnResponse ExpectedReplies(IList<Activity> activities) =>
        new(StatusCodes.Status200OK, JsonSerializer.SerializeToUtf8Bytes(new ExpectedReplies { Activities = activities }, BotJson.Options));

    /// <summary>The status and body the bot chose for an invoke.</summary>
    public static TurnResponse FromInvokeResponse(InvokeResponse response) =>
        new(response.Status, response.Body is null ? null : Encoding.UTF8.GetBytes(response.Body.ToJsonString(BotJson.Options)));

    /// <summary>Writes the status and body (with its length, so it is not sent chunked).</summary>
    public async Task WriteAsync(HttpResponse httpResponse, CancellationToken cancellationToken)
    {
        httpResponse.StatusCode = Status;
        if (Json is null) return;
        httpResponse.ContentType = "application/json; charset=utf-8";
        httpResponse.ContentLength = Json.Length;
        await httpResponse.Body.WriteAsync(Json, cancellationToken).ConfigureAwait(false);
    }
}
