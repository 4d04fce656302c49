using System.Text.Json;
using System.Text.Json.Serialization;

namespace CobBot.Dialogs.Knowledge;

/// <summary>Source-generated JSON for the grounded-answer request and response.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(GroundedAnswerResult))]
[JsonSerializable(typeof(GroundedAnswerPrompt.Question))]
internal sealed partial class GroundedAnswerJsonContext : JsonSerializerContext;
