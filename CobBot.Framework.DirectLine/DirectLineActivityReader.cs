using System.Text;
using System.Text.Json;
using CobBot.Framework.Schema;
using Microsoft.AspNetCore.Http;

namespace CobBot.Framework.DirectLine;

/// <summary>Reads one activity from a request body within the size limit (400 malformed, 413 too big).</summary>
internal static class DirectLineActivityReader
{
    public static async Task<(Activity? Activity, IResult? Failure)> ReadAsync(HttpRequest request, int maxLength)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var text = new StringBuilder();
        var chunk = new char[8192];
        int read;
        while ((read = await reader.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            text.Append(chunk, 0, read);
            if (text.Length > maxLength)
                return (null, DirectLineResults.Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", $"Activities are limited to {maxLength} characters."));
        }
        return Parse(text.ToString());
    }

    public static (Activity? Activity, IResult? Failure) Parse(string json)
    {
        Activity? activity;
        try
        {
            activity = BotJson.Deserialize(json);
        }
        catch (JsonException)
        {
            activity = null;
        }
        return activity is { Type.Length: > 0 }
            ? (activity, null)
            : (null, DirectLineResults.BadArgument("The body must be one activity with a type."));
    }
}
