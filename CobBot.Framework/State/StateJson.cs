using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace CobBot.Framework.State;

/// <summary>JSON options for persisted state: camelCase, nulls omitted, no type names.</summary>
public static class StateJson
{
    /// <summary>The options every state property is (de)serialised with.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };
}
