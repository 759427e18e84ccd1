using Auralis.Engine.Persistence;
using Npgsql;

namespace Auralis.Engine.Tests.Persistence;

public sealed class JournalConfigurationTests
{
    [Theory]
    [InlineData("Host=db;Username=auralis;Password=pa\"ss\\word")]
    [InlineData("Host=db;Password=${akka.loglevel} # not a comment, 'quoted', {braces}")]
    public void Every_plugin_gets_the_connection_string_as_given_with_the_node_named_as_its_writer(string connectionString)
    {
        var (config, _) = JournalConfiguration.For(new JournalTarget(JournalKind.Postgres, connectionString));

        var given = new NpgsqlConnectionStringBuilder(connectionString);
        foreach (var plugin in new[] { "journal", "snapshot-store", "query.journal" })
        {
            var used = new NpgsqlConnectionStringBuilder(config.GetString($"akka.persistence.{plugin}.sql.connection-string"));
            Assert.False(string.IsNullOrEmpty(used.ApplicationName), $"{plugin}: no writer named");
            used.Remove("Application Name");
            Assert.True(given.EquivalentTo(used), $"{plugin}: {used.ConnectionString} is not {given.ConnectionString}");
            Assert.Equal(given.Password, used.Password);
        }

        Assert.Equal("PostgreSQL.15", config.GetString("akka.persistence.journal.sql.provider-name"));
    }

    [Fact]
    public void A_value_set_at_a_path_is_read_back_there_and_nowhere_else()
    {
        var config = ConfigValues.At("a.b-c.d", "x\"y");

        Assert.Equal("x\"y", config.GetString("a.b-c.d"));
        Assert.False(config.HasPath("a.d"));
    }
}
