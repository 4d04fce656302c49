using System.Text.Json;
using System.Text.Json.Nodes;
using CobBot.Framework.Builder;

namespace CobBot.Framework.State;

/// <summary>
/// State scoped by a storage key derived from the turn (conversation, user, …). Loaded once per turn,
/// cached in <see cref="ITurnContext.TurnState"/>, and written by <see cref="SaveChangesAsync"/> only when
/// it changed, with the eTag it was read at — a concurrent writer causes <see cref="ETagConflictException"/>.
/// </summary>
public abstract class BotState
{
    private readonly string _cacheKey;

    /// <summary>Creates state over a storage.</summary>
    protected BotState(IStorage storage, string stateName)
    {
        Storage = storage ?? throw new ArgumentNullException(nameof(storage));
        _cacheKey = stateName;
    }

    /// <summary>The storage state is kept in.</summary>
    protected IStorage Storage { get; }

    /// <summary>The storage key for this turn's state.</summary>
    protected abstract string GetStorageKey(ITurnContext turnContext);

    /// <summary>Creates an accessor for a typed property.</summary>
    public IStatePropertyAccessor<T> CreateProperty<T>(string name) => new BotStatePropertyAccessor<T>(this, name);

    /// <summary>Loads the state into the turn cache (again from storage when <paramref name="force"/>).</summary>
    public async Task LoadAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        if (!force && turnContext.TurnState.ContainsKey(_cacheKey)) return;
        var key = GetStorageKey(turnContext);
        var items = await Storage.ReadAsync([key], cancellationToken).ConfigureAwait(false);
        turnContext.TurnState[_cacheKey] = items.TryGetValue(key, out var item)
            ? new CachedBotState(item.Document, item.ETag, item.LoadedJson)
            : new CachedBotState(new JsonObject(), null);
    }

    /// <summary>Writes the state if it changed (or always when <paramref name="force"/>).</summary>
    public async Task SaveChangesAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        if (PrepareSave(turnContext, force) is not { } pending) return;
        var etags = await Storage.WriteAsync(
            new Dictionary<string, StoreItem> { [pending.Key] = pending.Item }, cancellationToken).ConfigureAwait(false);
        pending.Complete(etags[pending.Key]);
    }

    /// <summary>
    /// The write this state needs at the end of the turn, or null when unchanged. Lets <c>BotStateSet</c>
    /// write several states in one atomic <see cref="IStorage.WriteAsync"/>.
    /// </summary>
    internal PendingSave? PrepareSave(ITurnContext turnContext, bool force)
    {
        if (!turnContext.TurnState.TryGetValue(_cacheKey, out var value) || value is not CachedBotState cached) return null;
        cached.FlushValues();
        var json = cached.Document.ToJsonString();
        if (!force && json == cached.OriginalJson) return null;
        return new PendingSave(Storage, GetStorageKey(turnContext), new StoreItem(cached.Document, cached.ETag) { Json = json }, etag => cached.Saved(etag, json));
    }

    /// <summary>A prepared write; <see cref="Complete"/> records the new eTag once the storage accepted it.</summary>
    internal sealed record PendingSave(IStorage Storage, string Key, StoreItem Item, Action<string> Complete);

    /// <summary>
    /// Clears the cached state; the next save writes the empty state — with the eTag it was loaded at, or, when it
    /// was not loaded this turn, unconditionally (there is no version to check, and clearing must not fail).
    /// </summary>
    public void ClearState(ITurnContext turnContext)
    {
        var etag = turnContext.TurnState.TryGetValue(_cacheKey, out var value) && value is CachedBotState loaded
            ? loaded.ETag
            : StoreItem.AnyETag;
        turnContext.TurnState[_cacheKey] = new CachedBotState(new JsonObject(), etag) { OriginalJson = null };
    }

    /// <summary>Deletes the state from the turn cache and from storage.</summary>
    public async Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        turnContext.TurnState.Remove(_cacheKey);
        await Storage.DeleteAsync([GetStorageKey(turnContext)], cancellationToken).ConfigureAwait(false);
    }

    internal async Task<CachedBotState> GetCachedAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        await LoadAsync(turnContext, false, cancellationToken).ConfigureAwait(false);
        return (CachedBotState)turnContext.TurnState[_cacheKey];
    }

    /// <summary>The per-turn cache: the stored document plus the typed property values handed out this turn.</summary>
    internal sealed class CachedBotState(JsonObject document, string? etag, string? json = null)
    {
        public JsonObject Document { get; } = document;
        public string? ETag { get; private set; } = etag;

        /// <summary>The document as loaded (the storage's text when it has it), to tell whether a save is needed.</summary>
        public string? OriginalJson { get; set; } = json ?? document.ToJsonString();
        public Dictionary<string, (object? Value, Type Type)> Values { get; } = new(StringComparer.Ordinal);

        /// <summary>Writes typed values back into the document (they may have been mutated in place).</summary>
        public void FlushValues()
        {
            foreach (var (name, (value, type)) in Values)
                Document[name] = value is null ? null : JsonSerializer.SerializeToNode(value, type, StateJson.Options);
        }

        public void Saved(string etag, string json) => (ETag, OriginalJson) = (etag, json);
    }
}
