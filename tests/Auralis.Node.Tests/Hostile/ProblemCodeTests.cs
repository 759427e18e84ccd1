using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Auralis.Testing;

namespace Auralis.Node.Tests.Hostile;

/// <summary>Issue 21, items 11 and 12: the problems ASP.NET Core writes for the node (401, 403, 429) carry a <c>code</c>, and <c>/metrics</c> needs a key.</summary>
public sealed class ProblemCodeTests
{
    private static async Task<(HttpStatusCode Status, string? Code)> SendAsync(TestNode node, HttpMethod method, string path, string? token)
    {
        using var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var answer = await node.Http.SendAsync(request);
        var text = await answer.Content.ReadAsStringAsync();
        if (answer.IsSuccessStatusCode)
        {
            return (answer.StatusCode, null);
        }

        Assert.True(answer.Content.Headers.ContentType?.MediaType == "application/problem+json", $"{(int)answer.StatusCode} is not a problem: '{text}'");
        return (answer.StatusCode, JsonDocument.Parse(text).RootElement.TryGetProperty("code", out var code) ? code.GetString() : null);
    }

    [Fact]
    public async Task Refusals_for_a_missing_key_too_little_role_and_too_many_requests_each_carry_a_code()
    {
        await using var node = await TestNode.StartAsync(new Dictionary<string, string?>
        {
            ["Auralis:ApiKeys:0:Key"] = "listen-key",
            ["Auralis:ApiKeys:0:Role"] = "listener",
            ["Auralis:RequestsPerMinute"] = "4",
        });

        var anonymous = await SendAsync(node, HttpMethod.Get, "/api/v1/sessions", null);
        var listener = await SendAsync(node, HttpMethod.Delete, "/api/v1/sessions/anything", "listen-key");
        var allowed = await SendAsync(node, HttpMethod.Get, "/api/v1/sessions", "listen-key");
        (HttpStatusCode Status, string? Code) limited = default;
        for (var i = 0; i < 4 && limited.Status != HttpStatusCode.TooManyRequests; i++)
        {
            limited = await SendAsync(node, HttpMethod.Get, "/api/v1/sessions", "listen-key");
        }

        Assert.Equal((HttpStatusCode.Unauthorized, "unauthorized"), anonymous);
        Assert.Equal((HttpStatusCode.Forbidden, "forbidden"), listener);
        Assert.Equal(HttpStatusCode.OK, allowed.Status);
        Assert.Equal((HttpStatusCode.TooManyRequests, "rate-limited"), limited);
    }

    [Fact]
    public async Task Metrics_which_name_every_session_need_a_listener_key_on_a_node_with_keys()
    {
        await using var node = await TestNode.StartAsync(new Dictionary<string, string?>
        {
            ["Auralis:ApiKeys:0:Key"] = "listen-key",
            ["Auralis:ApiKeys:0:Role"] = "listener",
        });

        var anonymous = await SendAsync(node, HttpMethod.Get, "/metrics", null);
        var listener = await SendAsync(node, HttpMethod.Get, "/metrics", "listen-key");

        Assert.Equal((HttpStatusCode.Unauthorized, "unauthorized"), anonymous);
        Assert.Equal(HttpStatusCode.OK, listener.Status);
    }
}
