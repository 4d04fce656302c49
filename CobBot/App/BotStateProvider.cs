namespace CobBot.App;

/// <summary>Where the bot's conversation and user state is stored.</summary>
public enum BotStateProvider
{
    /// <summary>SQLite: by default the app database's file (<c>ConnectionStrings:CobBot</c>), table <c>BotState</c>.</summary>
    Sqlite,

    /// <summary>PostgreSQL at <c>ConnectionStrings:BotState</c>, for several app instances sharing state.</summary>
    Postgres,
}
