using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Auralis.Engine.Persistence;

/// <summary>Prepares the SQLite file the journal lives in, and the pragmas every connection to it needs.</summary>
/// <remarks>
/// Akka.Persistence.Sql sets no SQLite pragmas. Without WAL the journal and the snapshot store lock each other out;
/// without synchronous=FULL an acknowledged event can be lost when the machine stops; without a busy timeout a
/// writer that meets a lock fails at once instead of waiting its turn.
/// </remarks>
public static class SqliteJournalFile
{
    /// <summary>How long a connection waits for a lock before it gives up.</summary>
    public static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(30);

    /// <summary>The connection string for the file at <paramref name="path"/>.</summary>
    public static string ConnectionString(string path) => new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Cache = SqliteCacheMode.Private,
        Pooling = true,
        DefaultTimeout = (int)BusyTimeout.TotalSeconds,
    }.ToString();

    /// <summary>Creates the file's folder and puts the database in WAL mode (a setting the file keeps).</summary>
    public static void Prepare(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        using var connection = new SqliteConnection(ConnectionString(path));
        connection.Open();
        ApplyPragmas(connection);
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL;";
        var mode = command.ExecuteScalar() as string;
        if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"The journal at {path} could not be put in WAL mode (it reports '{mode}').");
        }
    }

    /// <summary>The per-connection pragmas: full fsync on commit and a busy timeout.</summary>
    public static void ApplyPragmas(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA synchronous=FULL; PRAGMA busy_timeout={(int)BusyTimeout.TotalMilliseconds};";
        command.ExecuteNonQuery();
    }

    /// <summary>The per-connection pragmas, asynchronously; the caller's work goes on on the thread pool.</summary>
    /// <remarks>
    /// Microsoft.Data.Sqlite completes its asynchronous calls synchronously, so without this yield the journal's write
    /// stage would run each write to the end (fsync included) before it looked at the next, and every event would get a
    /// transaction of its own. Yielding once per connection lets the writes that arrive meanwhile join the next batch.
    /// </remarks>
    public static async Task ApplyPragmasAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await Task.Yield();
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA synchronous=FULL; PRAGMA busy_timeout={(int)BusyTimeout.TotalMilliseconds};";
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
