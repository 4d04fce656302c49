
namespace CobBot.Tests.Framework.State;

/// <summary>Marks a test class whose <see cref="StorageFactAttribute"/> tests need a PostgreSQL server.</summary>
public interface IRequiresPostgres;
