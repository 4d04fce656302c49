using System.Text.Json.Nodes;

namespace CobBot.Framework.Schema;

/// <summary>The HTTP status and JSON body answering an <c>invoke</c> activity.</summary>
/// <param name="Status">The HTTP status code.</param>
/// <param name="Body">The JSON body, if any.</param>
public sealed record InvokeResponse(int Status, JsonNode? Body = null);
