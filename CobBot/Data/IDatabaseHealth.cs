namespace CobBot.Data;

/// <summary>Reports the database's state for health endpoints.</summary>
public interface IDatabaseHealth
{
    /// <summary>Checks the connection and the migrations; never throws for an unreachable database.</summary>
    Task<DatabaseStatus> GetStatusAsync(CancellationToken cancellationToken = default);
}
