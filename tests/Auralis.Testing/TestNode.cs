using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;

using Auralis.Node;

namespace Auralis.Testing;

/// <summary>A real node in this process: Kestrel, the TCP listener and a cluster of one on free loopback ports, journaling to a fresh folder.</summary>
public sealed class TestNode : IAsyncDisposable
{
    private TestNode(WebApplication app, string data, int httpPort, int tcpPort, int oscUdpPort)
    {
        OscUdpPort = oscUdpPort;
        App = app;
        Data = data;
        HttpPort = httpPort;
        TcpPort = tcpPort;
        BaseAddress = new Uri($"http://127.0.0.1:{httpPort}");
        Http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    public WebApplication App { get; }

    public string Data { get; }

    public int HttpPort { get; }

    /// <summary>The node's HTTP address: REST, WebSocket and the web client.</summary>
    public Uri BaseAddress { get; }

    public int TcpPort { get; }

    /// <summary>The OSC UDP port: a free one, so that nodes side by side never fight over 7401.</summary>
    public int OscUdpPort { get; }

    public HttpClient Http { get; }

    public Uri WebSocketUri(string session, string audio = "f32", string? token = null) =>
        new($"ws://127.0.0.1:{HttpPort}/ws/sessions/{session}?audio={audio}{(token is null ? string.Empty : "&access_token=" + token)}");

    public static async Task<TestNode> StartAsync(IDictionary<string, string?>? settings = null, string? data = null)
    {
        data ??= Path.Combine(Path.GetTempPath(), "auralis-node-" + Guid.NewGuid().ToString("N"));
        var httpPort = FreePort.Next();
        var tcpPort = FreePort.Next();
        var oscUdpPort = FreePort.NextUdp();
        string[] args = ["--http", $"http://127.0.0.1:{httpPort}", "--tcp", tcpPort.ToString(), "--akka-port", FreePort.Next().ToString(), "--data", data, "--no-demo",
            "--osc-udp", oscUdpPort.ToString()];
        var overrides = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>()) { ["Logging:LogLevel:Default"] = "Warning" };
        var app = NodeHost.Build(args, overrides);
        await app.StartAsync();
        var node = new TestNode(app, data, httpPort, tcpPort, oscUdpPort);
        await node.WaitUntilReadyAsync();
        return node;
    }

    public async Task WaitUntilReadyAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var answer = await Http.GetAsync("/health/ready");
                if (answer.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("The node never became ready.");
    }

    /// <summary>Creates a session over REST (with the admin <paramref name="token"/>, if any) and returns its JSON.</summary>
    public async Task<JsonElement> CreateSessionAsync(string id, object? parameters = null, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/sessions")
        {
            Content = JsonContent.Create(parameters is null ? new Dictionary<string, object?> { ["id"] = id } : Merge(id, parameters)),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new("Bearer", token);
        }

        using var answer = await Http.SendAsync(request);
        var body = await answer.Content.ReadFromJsonAsync<JsonElement>();
        if (!answer.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Creating {id} failed: {(int)answer.StatusCode} {body}");
        }

        return body;
    }

    private static Dictionary<string, object?> Merge(string id, object parameters)
    {
        var values = JsonSerializer.Deserialize<Dictionary<string, object?>>(JsonSerializer.Serialize(parameters))!;
        values["id"] = id;
        return values;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Data, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
