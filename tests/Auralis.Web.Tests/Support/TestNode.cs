using System.Net.Http.Json;
using System.Text.Json;
using Auralis.Node;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;

namespace Auralis.Web.Tests.Support;

/// <summary>A real node in this process, serving the web client, on free loopback ports and journaling to a fresh folder.</summary>
internal sealed class TestNode : IAsyncDisposable
{
    private TestNode(WebApplication app, string data, int httpPort)
    {
        App = app;
        Data = data;
        BaseAddress = new Uri($"http://127.0.0.1:{httpPort}");
        Http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    public WebApplication App { get; }

    public string Data { get; }

    public Uri BaseAddress { get; }

    public HttpClient Http { get; }

    public static async Task<TestNode> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var data = Path.Combine(Path.GetTempPath(), "auralis-web-" + Guid.NewGuid().ToString("N"));
        var httpPort = FreePort.Next();
        string[] args = ["--http", $"http://127.0.0.1:{httpPort}", "--tcp", "0", "--akka-port", FreePort.Next().ToString(), "--data", data, "--no-demo"];
        var overrides = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>()) { ["Logging:LogLevel:Default"] = "Warning" };
        var app = NodeHost.Build(args, overrides);
        await app.StartAsync();
        var node = new TestNode(app, data, httpPort);
        await node.WaitUntilReadyAsync();
        return node;
    }

    /// <summary>Creates a session over REST (with the admin <paramref name="token"/>, if any) and returns its JSON.</summary>
    public async Task<JsonElement> CreateSessionAsync(string id, string name, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/sessions")
        {
            Content = JsonContent.Create(new Dictionary<string, object?> { ["id"] = id, ["name"] = name, ["bpm"] = 110 }),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new("Bearer", token);
        }

        using var answer = await Http.SendAsync(request);
        var body = await answer.Content.ReadFromJsonAsync<JsonElement>();
        return answer.IsSuccessStatusCode ? body : throw new InvalidOperationException($"Creating {id} failed: {(int)answer.StatusCode} {body}");
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

    private async Task WaitUntilReadyAsync()
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
}
