using System.Text.Json.Nodes;

namespace CobBot.Framework.State;

/// <summary>
/// One stored JSON document and its eTag. On read, <see cref="ETag"/> is the stored version.
/// On write it is the version the writer last saw: the write succeeds only if the store still holds
/// that version, with two special values — <c>"*"</c> overwrites whatever is there, and <c>null</c>
/// means "I saw no item", so the write creates the item and fails if another writer created it first.
/// (The Bot Framework SDK treats a missing eTag as last-writer-wins; CobBot does not lose that race silently.)
/// </summary>
/// <param name="Document">The stored JSON object.</param>
/// <param name="ETag">The version; see the type's remarks for write semantics.</param>
public sealed record StoreItem(JsonObject Document, string? ETag)
{
    /// <summary>The eTag that overwrites unconditionally.</summary>
    public const string AnyETag = "*";

    /// <summary>
    /// On write: <see cref="Document"/> as JSON text, set by <see cref="BotState"/> which serialised it just before to
    /// detect the change, so the storage need not serialise it again. Null otherwise.
    /// </summary>
    internal string? Json { get; init; }

    /// <summary>
    /// On read: the text the storage parsed <see cref="Document"/> from (the document may be changed later), so
    /// <see cref="BotState"/> can detect a change without serialising again. Storages set it; null otherwise.
    /// </summary>
    public string? LoadedJson { get; init; }

    /// <summary>The document to write, as JSON text (the text <see cref="BotState"/> already serialised, when it did).</summary>
    public string ToJson() => Json ?? Document.ToJsonString();
}
