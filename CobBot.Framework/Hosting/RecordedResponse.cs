using System.Text.Json.Nodes;

namespace CobBot.Framework.Hosting;

/// <summary>The answer a turn gave to an activity whose caller reads it from the HTTP response (expectReplies, invoke).</summary>
/// <param name="ActivityId">The inbound activity's id.</param>
/// <param name="Status">The HTTP status of the answer.</param>
/// <param name="Body">The JSON body of the answer, if any.</param>
internal sealed record RecordedResponse(string ActivityId, int Status, JsonNode? Body);
