using Auralis.Engine.Persistence;

namespace Auralis.Cli.Replay;

/// <summary>
/// Checks that an SQLite journal exists before persistence starts: the persistence setup creates a missing file, and a replay
/// must never leave an empty database where the user mistyped a path.
/// </summary>
public static class JournalCheck
{
    /// <summary>Throws a <see cref="CliFailure"/> naming what is missing; PostgreSQL targets are left to the connection.</summary>
    public static void EnsureExists(JournalTarget journal, string? dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(journal);
        if (journal.Kind != JournalKind.Sqlite)
        {
            return;
        }

        if (dataDirectory is not null && !Directory.Exists(dataDirectory))
        {
            throw new CliFailure($"the data directory '{dataDirectory}' does not exist (give --data DIR or --journal sqlite:PATH)");
        }

        if (!File.Exists(journal.SqlitePath))
        {
            throw new CliFailure($"there is no journal at '{journal.SqlitePath}'");
        }
    }
}
