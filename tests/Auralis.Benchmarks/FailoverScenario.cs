using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Auralis.Testing;
using Npgsql;

namespace Auralis.Benchmarks;

/// <summary>
/// Fail-over under kill -9: three Release nodes in processes of their own journal to one PostgreSQL database
/// (<c>--postgres CONNECTION-STRING</c>, or <c>AURALIS_TEST_POSTGRES</c>); a playing session's node is killed
/// <c>--rounds</c> times (10), and brought back between rounds. Printed: the gap from the kill to the session's audio
/// heard again by a client of a survivor (median, max), the inputs a client sent all along (renames with an
/// <c>Idempotency-Key</c>, retried until acknowledged) that were acknowledged but are missing from the journal or are in
/// it twice, and the journal rows written by an incarnation after a newer one had started (a node that should have stopped).
/// </summary>
internal static class FailoverScenario
{
    private const string Session = "failover";
    private static readonly TimeSpan HeardLimit = TimeSpan.FromSeconds(60);

    public static void Run(string[] args) => RunAsync(args).GetAwaiter().GetResult();

    private static async Task RunAsync(string[] args)
    {
        var rounds = int.Parse(Option(args, "--rounds", "10"), CultureInfo.InvariantCulture);
        var server = Option(args, "--postgres", Environment.GetEnvironmentVariable("AURALIS_TEST_POSTGRES") ?? string.Empty);
        if (server.Length == 0)
        {
            Console.Error.WriteLine("failover needs PostgreSQL: --postgres CONNECTION-STRING, or AURALIS_TEST_POSTGRES.");
            Environment.Exit(2);
        }

        Environment.SetEnvironmentVariable("AURALIS_REQUESTS_PER_MINUTE", "1000000");
        var database = "auralis_failover_" + Guid.NewGuid().ToString("N")[..8];
        await ExecuteAsync(server, $"CREATE DATABASE {database}");
        var journal = new NpgsqlConnectionStringBuilder(server) { Database = database, Pooling = false }.ConnectionString;
        var data = Directory.CreateTempSubdirectory("auralis-failover-").FullName;
        var ports = Enumerable.Range(0, 3).Select(_ => FreePort.Next()).ToArray();
        var nodes = new NodeProcess?[3];
        try
        {
            nodes[0] = await StartAsync(0);
            var others = await Task.WhenAll(StartAsync(1), StartAsync(2));
            (nodes[1], nodes[2]) = (others[0], others[1]);
            await UntilMembersUpAsync(nodes[0]!, 3);
            Console.WriteLine($"Auralis fail-over: 3 nodes on PostgreSQL, {rounds} rounds of kill -9 of the session's node, {Environment.ProcessorCount} cores");

            using (var created = await nodes[0]!.Http.PostAsJsonAsync("/api/v1/sessions", new { id = Session, intensity = 0.7 }))
            {
                created.EnsureSuccessStatusCode();
            }

            var inputs = new RenameInputs(Session, () => nodes.Where(n => n is not null).Select(n => n!.Http).ToArray(), "fo", TimeSpan.FromMilliseconds(250), retry: true);
            inputs.Start();
            var gaps = new List<double>();
            for (var round = 1; round <= rounds; round++)
            {
                var home = await HomeAsync(nodes);
                var index = Array.FindIndex(nodes, n => n?.Address == home);
                var survivor = nodes[(index + 1) % 3]!;
                var killedAt = DateTime.UtcNow;
                var killed = Stopwatch.StartNew();
                await nodes[index]!.KillAsync();
                await nodes[index]!.DisposeAsync();
                nodes[index] = null;
                var gap = await AudioProbe.UntilHeardAsync(() => survivor.TcpPort, Session, killed, HeardLimit, TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(250));
                gaps.Add(gap.TotalSeconds);
                Console.WriteLine($"  round {round}: killed node {index + 1} (the session's home); heard again on node {Array.IndexOf(nodes, survivor) + 1} after {gap.TotalSeconds:0.0} s (killed at {killedAt:HH:mm:ss.fff} UTC)");
                nodes[index] = await StartAsync(index);
                await UntilMembersUpAsync(survivor, 3);
            }

            // The inputs sent during the last fail-over settle before the journal is read.
            await Task.Delay(TimeSpan.FromSeconds(3));
            await inputs.StopAsync();
            var rows = await SessionJournal.ReadAsync(journal, Session);
            var acknowledged = inputs.Acknowledged;
            var lost = acknowledged.Count(name => SessionJournal.Carrying(rows, name) == 0);
            var duplicated = acknowledged.Count(name => SessionJournal.Carrying(rows, name) > 1);
            gaps.Sort();
            Console.WriteLine($"kill -9 to audio on a survivor: median {Median(gaps):0.0} s, max {gaps[^1]:0.0} s, min {gaps[0]:0.0} s (target < 10 s)");
            Console.WriteLine($"inputs: {acknowledged.Count} acknowledged, {lost} lost, {duplicated} applied twice; {inputs.Unacknowledged} never acknowledged");
            Console.WriteLine($"journal: {rows.Count} events by {rows.Select(r => r.Writer).Distinct().Count()} incarnations; "
                + $"written by an incarnation after a newer one had started: {SessionJournal.SupersededWrites(rows)}");
        }
        finally
        {
            foreach (var node in nodes)
            {
                if (node is not null)
                {
                    await node.DisposeAsync();
                }
            }

            await ExecuteAsync(server, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
            Directory.Delete(data, recursive: true);
        }

        // Every node knows all three seeds, so a node brought back finds the cluster through whichever seed is alive.
        Task<NodeProcess> StartAsync(int index)
        {
            var options = new List<string> { "--journal", $"postgres:{journal}" };
            foreach (var port in ports)
            {
                options.AddRange(["--seed", $"akka.tcp://auralis@127.0.0.1:{port}"]);
            }

            return NodeProcess.StartAsync(Path.Combine(data, index.ToString(CultureInfo.InvariantCulture)), ports[index], [.. options]);
        }
    }

    private static async Task<string> HomeAsync(NodeProcess?[] nodes)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            foreach (var node in nodes.Where(n => n is not null))
            {
                if (await node!.SessionAsync(Session) is { } state && state.GetProperty("node").GetString() is { } home)
                {
                    return home;
                }
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"No node answers for session {Session}.");
    }

    private static async Task UntilMembersUpAsync(NodeProcess node, int up)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                var state = await node.GetAsync<JsonElement>("/api/v1/cluster");
                if (state.GetProperty("members").EnumerateArray().Count(m => m.GetProperty("status").GetString() == "up") == up)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"The cluster never had {up} members up.");
    }

    private static double Median(List<double> sorted) =>
        sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;

    private static async Task ExecuteAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static string Option(string[] args, string name, string fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
    }
}
