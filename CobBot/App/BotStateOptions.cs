namespace CobBot.App;

/// <summary>
/// Settings of the <c>BotState</c> configuration section. The connection string is <c>ConnectionStrings:BotState</c>;
/// without one, SQLite state lives in the app database next to its tables.
/// </summary>
public sealed class BotStateOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "BotState";

    /// <summary>Name under <c>ConnectionStrings</c>.</summary>
    public const string ConnectionStringName = "BotState";

    /// <summary>The storage; SQLite unless configured.</summary>
    public BotStateProvider Provider { get; set; } = BotStateProvider.Sqlite;
}
