using System.Net.Http.Json;
using Auralis.Testing;
using System.Text.Json;
using Auralis.Node.Tests.Support;

namespace Auralis.Node.Tests.Osc;

/// <summary>One open node with OSC over UDP and over TCP (length prefix), shared by the OSC tests.</summary>
/// <remarks>The per-sender rate is raised: every test client here sends from 127.0.0.1, and the flood should reach the reader.</remarks>
public sealed class OscNodeFixture : IAsyncLifetime
{
    public TestNode Node { get; private set; } = null!;

    public int OscTcpPort { get; private set; }

    public async Task InitializeAsync()
    {
        OscTcpPort = FreePort.Next();
        Node = await TestNode.StartAsync(new Dictionary<string, string?>
        {
            ["Auralis:OscTcp"] = OscTcpPort.ToString(),
            ["Auralis:OscPacketsPerSecond"] = "100000",
        });
    }

    public async Task DisposeAsync() => await Node.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class OscNodeCollection : ICollectionFixture<OscNodeFixture>
{
    public const string Name = "osc node";
}

/// <summary>Reads a node's session state and OSC counters over REST.</summary>
internal static class OscNodeReads
{
    /// <summary>Polls the session until <paramref name="parameter"/> satisfies <paramref name="holds"/>; the last state either way.</summary>
    public static async Task<JsonElement> WaitForParameterAsync(this TestNode node, string session, string parameter, Func<JsonElement, bool> holds,
        TimeSpan? within = null, string? token = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(10));
        JsonElement value;
        do
        {
            value = await node.ParameterAsync(session, parameter, token);
            if (holds(value))
            {
                return value;
            }

            await Task.Delay(50);
        }
        while (DateTime.UtcNow < deadline);
        return value;
    }

    public static async Task<JsonElement> ParameterAsync(this TestNode node, string session, string parameter, string? token = null)
    {
        var state = await node.GetJsonAsync($"/api/v1/sessions/{session}", token);
        return state.GetProperty("parameters").GetProperty(parameter).Clone();
    }

    public static async Task<OscCounts> OscStatsAsync(this TestNode node, string? token = null)
    {
        var stats = await node.GetJsonAsync("/api/v1/osc/stats", token);
        var rejected = stats.GetProperty("rejected").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt64());
        return new OscCounts(stats.GetProperty("received").GetInt64(), stats.GetProperty("accepted").GetInt64(), rejected,
            stats.GetProperty("held").GetInt32(), stats.GetProperty("subscribers").GetInt32());
    }

    private static async Task<JsonElement> GetJsonAsync(this TestNode node, string path, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (token is not null)
        {
            request.Headers.Authorization = new("Bearer", token);
        }

        using var answer = await node.Http.SendAsync(request);
        answer.EnsureSuccessStatusCode();
        return (await answer.Content.ReadFromJsonAsync<JsonElement>()).Clone();
    }
}

internal sealed record OscCounts(long Received, long Accepted, Dictionary<string, long> Rejected, int Held, int Subscribers)
{
    public long RejectedTotal => Rejected.Values.Sum();

    public long Rejections(string reason) => Rejected.GetValueOrDefault(reason);
}
