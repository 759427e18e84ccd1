using Auralis.Engine.Persistence;

namespace Auralis.Engine.Tests.Persistence;

public sealed class JournalConfigurationTests
{
    [Theory]
    [InlineData("Host=db;Username=auralis;Password=pa\"ss\\word")]
    [InlineData("Host=db;Password=${akka.loglevel} # not a comment, 'quoted', {braces}")]
    public void Every_plugin_gets_the_connection_string_exactly_as_given(string connectionString)
    {
        var (config, _) = JournalConfiguration.For(new JournalTarget(JournalKind.Postgres, connectionString));

        Assert.Equal(connectionString, config.GetString("akka.persistence.journal.sql.connection-string"));
        Assert.Equal(connectionString, config.GetString("akka.persistence.snapshot-store.sql.connection-string"));
        Assert.Equal(connectionString, config.GetString("akka.persistence.query.journal.sql.connection-string"));
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
