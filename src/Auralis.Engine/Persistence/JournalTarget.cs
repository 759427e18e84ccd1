namespace Auralis.Engine.Persistence;

/// <summary>Which database holds the journal: an SQLite file on this host, or PostgreSQL for a cluster.</summary>
public sealed record JournalTarget(JournalKind Kind, string ConnectionString)
{
    /// <summary>The SQLite file Auralis uses by default inside a data directory.</summary>
    public const string DefaultFileName = "auralis.db";

    /// <summary>The default journal: <c>auralis.db</c> in <paramref name="dataDirectory"/>.</summary>
    public static JournalTarget InDataDirectory(string dataDirectory) =>
        Sqlite(Path.Combine(dataDirectory, DefaultFileName));

    /// <summary>An SQLite journal in the file at <paramref name="path"/>.</summary>
    public static JournalTarget Sqlite(string path) => new(JournalKind.Sqlite, Path.GetFullPath(path));

    /// <summary>
    /// Parses the <c>--journal</c> option: <c>sqlite:PATH</c> or <c>postgres:CONNECTION-STRING</c>.
    /// </summary>
    public static JournalTarget Parse(string text)
    {
        var colon = text?.IndexOf(':') ?? -1;
        var scheme = colon > 0 ? text![..colon].Trim().ToLowerInvariant() : string.Empty;
        var rest = colon > 0 ? text![(colon + 1)..].Trim() : string.Empty;
        return scheme switch
        {
            "sqlite" when rest.Length > 0 => Sqlite(rest),
            "postgres" or "postgresql" when rest.Length > 0 => new JournalTarget(JournalKind.Postgres, rest),
            _ => throw new FormatException($"'{text}' is not a journal: use sqlite:PATH or postgres:CONNECTION-STRING."),
        };
    }

    /// <summary>The path of the SQLite file (only for <see cref="JournalKind.Sqlite"/>).</summary>
    public string SqlitePath => Kind == JournalKind.Sqlite ? ConnectionString : throw new InvalidOperationException("Not an SQLite journal.");

    /// <inheritdoc />
    public override string ToString() => Kind == JournalKind.Sqlite ? $"sqlite:{ConnectionString}" : "postgres:(connection string)";
}

/// <summary>The database engines Auralis journals to.</summary>
public enum JournalKind
{
    /// <summary>One SQLite file: one host only.</summary>
    Sqlite,

    /// <summary>One PostgreSQL database shared by every node of a cluster.</summary>
    Postgres,
}
