using Akka.Actor.Setup;
using Akka.Configuration;
using Akka.Persistence.Sql;
using Akka.Persistence.Sql.Config;
using Auralis.Engine.Leases;
using LinqToDB;
using Npgsql;

namespace Auralis.Engine.Persistence;

/// <summary>The configuration and the linq2db setup that point Akka.Persistence.Sql at a <see cref="JournalTarget"/>.</summary>
public static class JournalConfiguration
{
    private static readonly string[] PluginIds =
    [
        "akka.persistence.journal.sql",
        "akka.persistence.snapshot-store.sql",
        "akka.persistence.query.journal.sql",
    ];

    /// <summary>
    /// The persistence HOCON for <paramref name="target"/> (with the serializer bindings), and a setup that gives every
    /// plugin a linq2db configuration; for SQLite it prepares the file and sets the pragmas on each connection. Each call
    /// names a new writer (<see cref="SessionLeases.Owner"/>): the owner of the system's session leases.
    /// </summary>
    public static (Config Config, Setup Setup) For(JournalTarget target)
    {
        var writer = SessionLeases.NewOwner();
        string connectionString;
        string provider;
        DataOptions options;
        if (target.Kind == JournalKind.Sqlite)
        {
            SqliteJournalFile.Prepare(target.SqlitePath);
            connectionString = SqliteJournalFile.ConnectionString(target.SqlitePath);
            provider = ProviderName.SQLiteMS;
            options = new DataOptions()
                .UseConnectionString(provider, connectionString)
                .UseAfterConnectionOpened(SqliteJournalFile.ApplyPragmas, SqliteJournalFile.ApplyPragmasAsync);
        }
        else
        {
            // The journal's connections name the node as a writer: the fence on the journal (LeaseFenceSql) lets a
            // session's write through only from the node that holds its lease.
            connectionString = new NpgsqlConnectionStringBuilder(target.ConnectionString) { ApplicationName = writer }.ConnectionString;
            provider = ProviderName.PostgreSQL15;
            options = new DataOptions().UseConnectionString(provider, connectionString);
        }

        var setup = new MultiDataOptionsSetup();
        foreach (var pluginId in PluginIds)
        {
            setup.AddDataOptions(pluginId, options);
        }

        var overrides = PluginIds.Aggregate(Config.Empty, (config, pluginId) => config.WithFallback(ConfigValues.At($"{pluginId}.connection-string", connectionString)))
            .WithFallback(ConfigValues.At($"{SessionLeases.ConfigPath}.owner", writer))
            .WithFallback(ConfigValues.At($"{SessionLeases.ConfigPath}.{(target.Kind == JournalKind.Sqlite ? "scope" : "connection-string")}", target.ConnectionString));
        var file = target.Kind == JournalKind.Sqlite ? "persistence-sqlite" : "persistence-postgres";
        var config = overrides
            .WithFallback(AuralisConfig.Load(file, "serialization"))
            .WithFallback(SqlPersistence.DefaultConfiguration);
        return (config, setup);
    }
}
