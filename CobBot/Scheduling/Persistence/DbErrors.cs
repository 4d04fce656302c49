using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CobBot.Scheduling.Persistence;

/// <summary>Recognises constraint violations that mean "someone else got there first".</summary>
internal static class DbErrors
{
    private const int SqliteConstraintPrimaryKey = 1555;
    private const int SqliteConstraintUnique = 2067;

    /// <summary>A primary-key or unique-index violation (a slot cell or confirmation code already taken).</summary>
    public static bool IsUniqueViolation(DbUpdateException exception) =>
        exception.InnerException is SqliteException { SqliteExtendedErrorCode: SqliteConstraintPrimaryKey or SqliteConstraintUnique };
}
