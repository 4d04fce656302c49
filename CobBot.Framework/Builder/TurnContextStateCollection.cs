namespace CobBot.Framework.Builder;

/// <summary>Per-turn values keyed by name (or by type full name).</summary>
public sealed class TurnContextStateCollection : Dictionary<string, object>
{
    /// <summary>Gets a value by key, or default when absent or of another type.</summary>
    public T? Get<T>(string key) => TryGetValue(key, out var value) && value is T typed ? typed : default;

    /// <summary>Gets a value keyed by its type's full name.</summary>
    public T? Get<T>() => Get<T>(typeof(T).FullName!);

    /// <summary>Adds or replaces a value by key.</summary>
    public void Set<T>(string key, T value) where T : notnull => this[key] = value;

    /// <summary>Adds or replaces a value keyed by its type's full name.</summary>
    public void Set<T>(T value) where T : notnull => this[typeof(T).FullName!] = value;
}
