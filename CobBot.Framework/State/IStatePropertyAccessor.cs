using CobBot.Framework.Builder;

namespace CobBot.Framework.State;

/// <summary>Reads and writes one typed property of a <see cref="BotState"/> during a turn.</summary>
public interface IStatePropertyAccessor<T>
{
    /// <summary>The property name.</summary>
    string Name { get; }

    /// <summary>Gets the value, creating and storing one from <paramref name="defaultValueFactory"/> when absent.</summary>
    Task<T> GetAsync(ITurnContext turnContext, Func<T>? defaultValueFactory = null, CancellationToken cancellationToken = default);

    /// <summary>Sets the value.</summary>
    Task SetAsync(ITurnContext turnContext, T value, CancellationToken cancellationToken = default);

    /// <summary>Removes the value.</summary>
    Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default);
}
