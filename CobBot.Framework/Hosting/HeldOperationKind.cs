using System.Text.Json.Serialization;

namespace CobBot.Framework.Hosting;

/// <summary>Which Connector call a <see cref="HeldOperation"/> makes.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<HeldOperationKind>))]
internal enum HeldOperationKind
{
    /// <summary>Send to Conversation, or Reply to Activity when the activity has a <c>replyToId</c>.</summary>
    Send,

    /// <summary>Update Activity.</summary>
    Update,

    /// <summary>Delete Activity.</summary>
    Delete,
}
