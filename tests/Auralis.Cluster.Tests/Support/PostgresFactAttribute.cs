namespace Auralis.Cluster.Tests.Support;

/// <summary>A test that needs the real PostgreSQL named by <c>AURALIS_TEST_POSTGRES</c>; without it the test is skipped and says why.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    /// <summary>The environment variable holding the server's connection string.</summary>
    public const string Variable = "AURALIS_TEST_POSTGRES";

    public PostgresFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable)))
        {
            Skip = $"PostgreSQL is not available: set {Variable} to a connection string (.ci/run starts a server and sets it).";
        }

    }
}
