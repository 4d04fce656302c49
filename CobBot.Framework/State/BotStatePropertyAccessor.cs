using System.Text.Json;
using CobBot.Framework.Builder;

namespace CobBot.Framework.State;

/// <summary>A typed property of a <see cref="BotState"/>; values are deserialised once per turn and cached.</summary>
internal sealed class BotStatePropertyAccessor<T>(BotState state, string name) : IStatePropertyAccessor<T>
{
    public string Name { get; } = name;

    public async Task<T> GetAsync(ITurnContext turnContext, Func<T>? defaultValueFactory = null, CancellationToken cancellationToken = default)
    {
        var cached = await state.GetCachedAsync(turnContext, cancellationToken).ConfigureAwait(false);
        if (cached.Values.TryGetValue(Name, out var entry))
        {
            // A value set this turn wins over the document, which is only updated on save — null included.
            if (entry.Value is T typed) return typed;
            if (entry.Value is null) return default!;
        }

        if (cached.Document.TryGetPropertyValue(Name, out var node) && node is not null)
        {
            var value = node.Deserialize<T>(StateJson.Options)!;
            cached.Values[Name] = (value, typeof(T));
            return value;
        }

        if (defaultValueFactory is null) return default!;
        var created = defaultValueFactory();
        cached.Values[Name] = (created, typeof(T));
        return created;
    }

    public async Task SetAsync(ITurnContext turnContext, T value, CancellationToken cancellationToken = default)
    {
        var cached = await state.GetCachedAsync(turnContext, cancellationToken).ConfigureAwait(false);
        cached.Values[Name] = (value, typeof(T));
    }

    public async Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        var cached = await state.GetCachedAsync(turnContext, cancellationToken).ConfigureAwait(false);
        cached.Values.Remove(Name);
        cached.Document.Remove(Name);
    }
}
