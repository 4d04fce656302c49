using System.Text.Json;
using System.Text.Json.Serialization;

namespace CobBot.Recognition.Gemini;

/// <summary>
/// Serializer settings for Gemini's answer: camelCase, and strict about <c>required</c> members and non-null
/// annotations, so an answer with a missing or null intent/score/sentiment is a schema violation (and falls back).
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, RespectNullableAnnotations = true, RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(GeminiRecognitionResult))]
[JsonSerializable(typeof(GeminiPrompt.CustomerMessage))]
internal sealed partial class GeminiJsonContext : JsonSerializerContext;
