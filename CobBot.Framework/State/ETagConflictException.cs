namespace CobBot.Framework.State;

/// <summary>A write was refused because the stored item changed since it was read.</summary>
public sealed class ETagConflictException : Exception
{
    /// <summary>Creates the exception for a key.</summary>
    public ETagConflictException(string key, string? expectedETag, string? actualETag)
        : base($"The item '{key}' was changed by another writer (expected eTag '{expectedETag ?? "<none>"}', found '{actualETag ?? "<none>"}').")
        => Key = key;

    /// <summary>The key whose write conflicted.</summary>
    public string Key { get; }
}
