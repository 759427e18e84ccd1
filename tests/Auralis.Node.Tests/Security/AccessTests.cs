using System.Net;
using Auralis.Testing;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Auralis.Node.Tests.Support;
using Auralis.Protocol.Messages;

namespace Auralis.Node.Tests.Security;

public sealed class AccessTests : IAsyncLifetime
{
    private TestNode _node = null!;

    public async Task InitializeAsync() => _node = await TestNode.StartAsync(new Dictionary<string, string?>
    {
        ["Auralis:ApiKeys:0:Key"] = "listen-key",
        ["Auralis:ApiKeys:0:Role"] = "listener",
        ["Auralis:ApiKeys:1:Key"] = "play-key",
        ["Auralis:ApiKeys:1:Role"] = "performer",
        ["Auralis:ApiKeys:2:Key"] = "admin-key",
        ["Auralis:ApiKeys:2:Role"] = "admin",
    });

    public async Task DisposeAsync() => await _node.DisposeAsync();

    private async Task<HttpStatusCode> SendAsync(HttpMethod method, string path, string? token, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var answer = await _node.Http.SendAsync(request);
        return answer.StatusCode;
    }

    [Fact]
    public async Task Each_role_may_do_its_part_and_no_more()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, await SendAsync(HttpMethod.Get, "/api/v1/sessions", null));
        Assert.Equal(HttpStatusCode.Unauthorized, await SendAsync(HttpMethod.Get, "/api/v1/sessions", "wrong-key"));
        Assert.Equal(HttpStatusCode.Forbidden, await SendAsync(HttpMethod.Post, "/api/v1/sessions", "play-key", new { id = "keyed" }));
        Assert.Equal(HttpStatusCode.Created, await SendAsync(HttpMethod.Post, "/api/v1/sessions", "admin-key", new { id = "keyed" }));
        Assert.Equal(HttpStatusCode.OK, await SendAsync(HttpMethod.Get, "/api/v1/sessions/keyed", "listen-key"));
        Assert.Equal(HttpStatusCode.Forbidden, await SendAsync(HttpMethod.Patch, "/api/v1/sessions/keyed", "listen-key", new { bpm = 100 }));
        Assert.Equal(HttpStatusCode.OK, await SendAsync(HttpMethod.Patch, "/api/v1/sessions/keyed", "play-key", new { bpm = 100 }));
        Assert.Equal(HttpStatusCode.Forbidden, await SendAsync(HttpMethod.Delete, "/api/v1/sessions/keyed", "play-key"));
    }

    [Fact]
    public async Task Sockets_need_a_known_token_and_a_listener_may_not_steer()
    {
        await _node.CreateSessionAsync("keyed-socket", token: "admin-key");

        await using (var anonymous = await TcpTestClient.ConnectAsync(_node.TcpPort))
        {
            await anonymous.HelloAsync("keyed-socket", token: "wrong");
            Assert.Equal("unauthorized", (await anonymous.ReadUntilAsync<ServerMessages.Error>())?.Code);
        }

        await using var listener = await WebSocketTestClient.ConnectAsync(_node.WebSocketUri("keyed-socket", "none", "listen-key"));
        Assert.NotNull(await listener.ReadUntilAsync<ServerMessages.Welcome>());
        await listener.SendAsync(new ClientMessages.Param("bpm", 100));
        Assert.Equal("forbidden", (await listener.ReadUntilAsync<ServerMessages.Error>())?.Code);

        var refused = await Assert.ThrowsAsync<System.Net.WebSockets.WebSocketException>(() => WebSocketTestClient.ConnectAsync(_node.WebSocketUri("keyed-socket")));
        Assert.Contains("401", refused.Message);
    }
}
