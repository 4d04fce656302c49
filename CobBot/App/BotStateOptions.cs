namespace CobBot.App;

/// <summary>
/// Settings of the <c>BotState</c> configuration section. Unset, the state lives in the app database next to its tables,
/// on the app database's provider; set, in the database of <c>ConnectionStrings:BotState</c> (required for Postgres).
/// </summary>
public sealed class BotStateOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "BotState";

    /// <summary>Name under <c>ConnectionStrings</c>.</summary>
    public const string ConnectionStringName = "BotState";

    /// <summary>The storage; the app database's provider unless configured.</summary>
    public BotStateProvider? Provider { get; set; }
}
