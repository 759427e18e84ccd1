using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Auralis.Node.Tests.Support;

namespace Auralis.Node.Tests.Hostile;

/// <summary>Issue 21, item 7: DNS rebinding — a foreign Host reaches neither REST nor the WebSocket, and the own origin is the configured one.</summary>
[Collection(OpenNodeCollection.Name)]
public sealed class OriginTests(NodeFixture fixture)
{
    private int Port => fixture.Node.HttpPort;

    // The status line of a WebSocket upgrade sent with exactly these Host and Origin headers.
    private async Task<int> UpgradeStatusAsync(string host, string origin)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, Port);
        var stream = client.GetStream();
        var request = $"GET /ws/sessions/origin-check?audio=none HTTP/1.1\r\nHost: {host}\r\nOrigin: {origin}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            + $"Sec-WebSocket-Key: {Convert.ToBase64String(Guid.NewGuid().ToByteArray())}\r\nSec-WebSocket-Version: 13\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.ASCII);
        var statusLine = await reader.ReadLineAsync() ?? string.Empty;
        return int.Parse(statusLine.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task A_rebound_name_with_its_own_matching_origin_cannot_open_a_websocket()
    {
        await fixture.Node.CreateSessionAsync("origin-check", new { seed = 1, play = false });

        var rebound = await UpgradeStatusAsync($"evil.example:{Port}", $"http://evil.example:{Port}");
        var foreignOrigin = await UpgradeStatusAsync($"127.0.0.1:{Port}", $"http://evil.example:{Port}");
        var own = await UpgradeStatusAsync($"127.0.0.1:{Port}", $"http://127.0.0.1:{Port}");
        var ownByName = await UpgradeStatusAsync($"localhost:{Port}", $"http://localhost:{Port}");

        Assert.Equal(400, rebound);
        Assert.Equal(403, foreignOrigin);
        Assert.Equal(101, own);
        Assert.Equal(101, ownByName);
    }

    [Fact]
    public async Task A_rest_request_to_a_name_that_is_not_the_nodes_is_refused_with_a_code_and_changes_nothing()
    {
        await fixture.Node.CreateSessionAsync("origin-rest", new { seed = 1, bpm = 90, play = false });
        using var request = new HttpRequestMessage(HttpMethod.Patch, "/api/v1/sessions/origin-rest") { Content = JsonContent.Create(new { bpm = 150 }) };
        request.Headers.Host = $"evil.example:{Port}";

        using var answer = await fixture.Node.Http.SendAsync(request);
        var body = await answer.Content.ReadAsStringAsync();
        var session = await fixture.Node.Http.GetFromJsonAsync<JsonElement>("/api/v1/sessions/origin-rest");

        Assert.True(answer.StatusCode == HttpStatusCode.BadRequest, $"{(int)answer.StatusCode}: {body}");
        Assert.Equal("host-not-allowed", JsonDocument.Parse(body).RootElement.GetProperty("code").GetString());
        Assert.Equal(90, session.GetProperty("parameters").GetProperty("bpm").GetDouble());
    }
}
