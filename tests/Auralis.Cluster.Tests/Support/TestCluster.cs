using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Auralis.Protocol.Audio;
using Auralis.Protocol.Framing;
using Auralis.Protocol.Json;
using Auralis.Protocol.Messages;
using Auralis.Testing;

namespace Auralis.Cluster.Tests.Support;

/// <summary>Three node processes forming one cluster over one PostgreSQL database (three, because keep-majority needs a majority to survive a kill).</summary>
public sealed class TestCluster : IAsyncDisposable
{
    private readonly ClusterDatabase _database;
    private readonly string _data;

    private TestCluster(ClusterDatabase database, string data, NodeProcess[] nodes)
    {
        _database = database;
        _data = data;
        Nodes = nodes;
    }

    public NodeProcess[] Nodes { get; }

    /// <summary>The connection string of the cluster's database, to read its journal.</summary>
    public string Journal => _database.ConnectionString;

    public static async Task<TestCluster> StartAsync(int size = 3)
    {
        var database = await ClusterDatabase.CreateAsync();
        var data = Directory.CreateTempSubdirectory("auralis-cluster-").FullName;
        var ports = Enumerable.Range(0, size).Select(_ => FreePort.Next()).ToArray();
        var seed = $"akka.tcp://auralis@127.0.0.1:{ports[0]}";
        var first = await Start(database, ports[0], seed, Path.Combine(data, "0"));
        var others = await Task.WhenAll(ports.Skip(1).Select((port, i) => Start(database, port, seed, Path.Combine(data, $"{i + 1}"))));
        var cluster = new TestCluster(database, data, [first, .. others]);
        await cluster.WaitForMembersAsync(first, size);
        return cluster;
    }

    private static Task<NodeProcess> Start(ClusterDatabase database, int akkaPort, string seed, string data) =>
        NodeProcess.StartAsync(data, akkaPort, "--seed", seed, "--journal", database.Journal);

    public async Task WaitForMembersAsync(NodeProcess node, int up)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            var state = await node.GetAsync<JsonElement>("/api/v1/cluster");
            if (state.GetProperty("members").EnumerateArray().Count(m => m.GetProperty("status").GetString() == "up") == up)
            {
                return;
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"The cluster never had {up} members up.");
    }

    /// <summary>Creates a session through <paramref name="via"/> and returns the address of the node it lives on.</summary>
    public static async Task<string> CreateAsync(NodeProcess via, string id, object? body = null)
    {
        var values = JsonSerializer.Deserialize<Dictionary<string, object?>>(JsonSerializer.Serialize(body ?? new { }))!;
        values["id"] = id;
        using var answer = await via.Http.PostAsJsonAsync("/api/v1/sessions", values);
        var created = await answer.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(answer.IsSuccessStatusCode, created.ToString());
        return created.GetProperty("node").GetString()!;
    }

    public NodeProcess NodeAt(string address) => Nodes.Single(n => n.Address == address);

    /// <summary>Connects over TCP to <paramref name="via"/> for <paramref name="session"/>; returns the welcome and the first audio chunk's frame, or null.</summary>
    public static async Task<(ServerMessages.Welcome Welcome, ulong FirstFrame, int Chunks)?> ListenAsync(NodeProcess via, string session, int chunks, TimeSpan limit)
    {
        using var client = new System.Net.Sockets.TcpClient();
        await client.ConnectAsync("127.0.0.1", via.TcpPort);
        var stream = client.GetStream();
        await FrameWriter.WriteFrameAsync(stream, FrameKind.Json, ProtocolJson.Write(new ClientMessages.Hello(session, null, AudioFormat.F32)));
        using var cancel = new CancellationTokenSource(limit);
        ServerMessages.Welcome? welcome = null;
        ulong? first = null;
        ulong expected = 0;
        var count = 0;
        try
        {
            while (count < chunks)
            {
                var result = await FrameReader.ReadFrameAsync(stream, 1 << 24, cancel.Token);
                if (result.Status != FrameReadStatus.Frame)
                {
                    return null;
                }

                if (result.Frame.Kind == FrameKind.Json)
                {
                    if (ProtocolJson.TryReadServerMessage(result.Frame.Payload.Span, out var message, out _))
                    {
                        if (message is ServerMessages.Error)
                        {
                            return null;
                        }

                        welcome ??= message as ServerMessages.Welcome;
                    }

                    continue;
                }

                Assert.True(AudioChunk.TryReadHeader(AudioFormat.F32, result.Frame.Payload.Span, out var frame, out var frames, out _));
                if (first is not null)
                {
                    Assert.Equal(expected, frame);
                }

                first ??= frame;
                expected = frame + (ulong)frames;
                count++;
            }
        }
        catch (OperationCanceledException)
        {
            return null;
        }

        return welcome is null || first is null ? null : (welcome, first.Value, count);
    }

    /// <summary>Waits until a client connected to <paramref name="via"/> hears <paramref name="session"/>; the time it took.</summary>
    public static async Task<TimeSpan> TimeUntilHeardAsync(NodeProcess via, string session, Stopwatch since, TimeSpan limit)
    {
        while (since.Elapsed < limit)
        {
            if (await ListenAsync(via, session, 5, TimeSpan.FromSeconds(5)) is not null)
            {
                return since.Elapsed;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"Session {session} was not heard again within {limit}.");
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var node in Nodes)
        {
            await node.DisposeAsync();
        }

        await _database.DisposeAsync();
        Directory.Delete(_data, recursive: true);
    }
}
