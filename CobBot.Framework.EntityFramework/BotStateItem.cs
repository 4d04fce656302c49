namespace CobBot.Framework.State.EntityFramework;

/// <summary>One row of the bot state table: a storage key, its JSON document and its eTag.</summary>
public sealed class BotStateItem
{
    /// <summary>The storage key, e.g. <c>msteams/conversations/{id}</c> (primary key).</summary>
    public required string Key { get; set; }

    /// <summary>The JSON document, as text.</summary>
    public required string Document { get; set; }

    /// <summary>The current version; replaced on every write.</summary>
    public required string ETag { get; set; }

    /// <summary>When the row was last written (UTC).</summary>
    public DateTimeOffset UpdatedAt { get; set; }
}
