using System.Text.Json;
using System.Text.Json.Serialization;

namespace CobBot.Framework.Schema;

/// <summary>
/// Metadata attached to an activity (mention, clientInfo, …): a <c>type</c> plus free-form properties.
/// A <see cref="Mention"/> placed in <see cref="Activity.Entities"/> is written with its own properties;
/// entities are always read as <see cref="Entity"/> (use <see cref="GetAs{T}"/>).
/// </summary>
[JsonPolymorphic(UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FallBackToNearestAncestor)]
[JsonDerivedType(typeof(Mention))]
public class Entity
{
    /// <summary>The entity type, e.g. <c>mention</c>.</summary>
    public string? Type { get; set; }

    /// <summary>Every other property of the entity, kept as sent.</summary>
    [JsonExtensionData] public Dictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>Reads this entity as a typed shape (for example <see cref="Mention"/>).</summary>
    public T GetAs<T>() where T : Entity
    {
        var json = JsonSerializer.SerializeToElement(this, BotJson.Options);
        return json.Deserialize<T>(BotJson.Options) ?? throw new JsonException($"Entity cannot be read as {typeof(T).Name}.");
    }
}
