using System.Text.Json;
using CobBot.Framework.Schema;
using Microsoft.AspNetCore.Http;

namespace CobBot.Framework.DirectLine;

/// <summary>Writes Direct Line answers with the Bot Framework JSON conventions.</summary>
internal static class DirectLineResults
{
    public static IResult Json(object body, int statusCode = StatusCodes.Status200OK) =>
        Results.Json(body, BotJson.Options, statusCode: statusCode);

    public static IResult Error(int statusCode, string code, string message) =>
        Json(new DirectLineErrorResponse(new DirectLineError(code, message)), statusCode);

    public static IResult Unauthorized() =>
        Error(StatusCodes.Status401Unauthorized, "Unauthorized", "A Direct Line secret or token is required in the Authorization header.");

    public static IResult TokenExpired() =>
        Error(StatusCodes.Status403Forbidden, "TokenExpired", "The token has expired.");

    public static IResult Forbidden(string message) => Error(StatusCodes.Status403Forbidden, "Forbidden", message);

    public static IResult ConversationNotFound() =>
        Error(StatusCodes.Status404NotFound, "NotFound", "The conversation does not exist.");

    public static IResult BadArgument(string message) => Error(StatusCodes.Status400BadRequest, "BadArgument", message);

    public static string Serialize(object body) => JsonSerializer.Serialize(body, BotJson.Options);
}
