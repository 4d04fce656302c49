using System.Text.Json.Serialization.Metadata;

namespace CobBot.Framework.Schema;

/// <summary>Contract changes applied on top of the source-generated <see cref="BotJsonContext"/> metadata.</summary>
internal static class BotJsonModifiers
{
    /// <summary>Leaves out empty <c>entities</c> and <c>attachments</c> arrays (A2100, A3050).</summary>
    public static void DropEmptyLists(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Type != typeof(Activity))
        {
            return;
        }
        foreach (var property in typeInfo.Properties)
        {
            if (property.Name == "entities")
            {
                property.ShouldSerialize = static (_, value) => value is ICollection<Entity> { Count: > 0 };
            }
            else if (property.Name == "attachments")
            {
                property.ShouldSerialize = static (_, value) => value is ICollection<Attachment> { Count: > 0 };
            }
        }
    }

    /// <summary>Leaves out <c>id</c>, <c>timestamp</c> and <c>serviceUrl</c>, which channels own (A2031, A2041, A2302).</summary>
    public static void OmitChannelOwnedFields(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Type != typeof(Activity))
        {
            return;
        }
        foreach (var property in typeInfo.Properties)
        {
            if (property.Name is "id" or "timestamp" or "serviceUrl")
            {
                property.ShouldSerialize = static (_, _) => false;
            }
        }
    }
}
