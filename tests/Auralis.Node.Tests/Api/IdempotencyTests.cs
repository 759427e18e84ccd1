using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Auralis.Node.Tests.Osc;
using Auralis.Node.Tests.Support;
using Auralis.Protocol.Messages;
using Auralis.Testing;

namespace Auralis.Node.Tests.Api;

/// <summary>A client retries under an idempotency key (REST's Idempotency-Key, the protocol's requestId): applied once, answered alike.</summary>
[Collection(OpenNodeCollection.Name)]
public sealed class IdempotencyTests(NodeFixture fixture)
{
    private TestNode Node => fixture.Node;

    [Fact]
    public async Task A_patch_retried_with_its_key_is_applied_once_and_answered_with_the_first_answer()
    {
        await Node.CreateSessionAsync("key-patch");

        var first = await PatchAsync("key-patch", "p-1", """{"bpm": 101}""");
        await PatchAsync("key-patch", null, """{"intensity": 0.2}""");
        var retry = await PatchAsync("key-patch", "p-1", """{"bpm": 101}""");

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(first.Body.GetProperty("atTick").GetInt64(), retry.Body.GetProperty("atTick").GetInt64());
        Assert.Equal(first.Body.GetProperty("atStep").GetInt64(), retry.Body.GetProperty("atStep").GetInt64());
        var history = await Node.Http.GetFromJsonAsync<JsonElement>("/api/v1/sessions/key-patch/events");
        var keyed = history.GetProperty("events").EnumerateArray().Where(e => e.GetProperty("event").TryGetProperty("requestId", out _)).ToArray();
        Assert.Equal("parameters-changed.v2", Assert.Single(keyed).GetProperty("type").GetString());
    }

    [Theory]
    [InlineData("", "1 to 128 characters")]
    [InlineData("with space", "printable ASCII")]
    public async Task A_bad_key_is_refused_with_a_problem_naming_the_header_and_nothing_changes(string key, string reason)
    {
        await Node.CreateSessionAsync($"key-bad-{reason.Length}");
        var bpm = (await Node.ParameterAsync($"key-bad-{reason.Length}", "bpm")).GetDouble();

        var answer = await PatchAsync($"key-bad-{reason.Length}", key, """{"bpm": 99}""");

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Contains("Idempotency-Key", answer.Body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains(reason, answer.Body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(bpm, (await Node.ParameterAsync($"key-bad-{reason.Length}", "bpm")).GetDouble());
        Assert.NotEqual(99, bpm);
    }

    [Fact]
    public async Task A_key_longer_than_128_characters_is_refused()
    {
        await Node.CreateSessionAsync("key-long");

        var answer = await PatchAsync("key-long", new string('k', 129), """{"bpm": 99}""");

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("bad-request", answer.Body.GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_protocol_message_with_a_request_id_is_answered_accepted_and_its_resend_alike()
    {
        await Node.CreateSessionAsync("key-wire");
        await using var client = await TcpTestClient.ConnectAsync(Node.TcpPort);
        await client.HelloAsync("key-wire", audio: Protocol.Audio.AudioFormat.None);
        await client.ReadUntilAsync<ServerMessages.Welcome>();

        await client.SendAsync(new ClientMessages.Transport(TransportAction.Stop) { RequestId = "w-1" });
        var first = await client.ReadUntilAsync<ServerMessages.Accepted>();
        await client.SendAsync(new ClientMessages.Transport(TransportAction.Stop) { RequestId = "w-1" });
        var again = await client.ReadUntilAsync<ServerMessages.Accepted>();
        await client.SendJsonAsync("""{"type":"param","name":"bpm","value":100,"requestId":""}""");
        var refused = await client.ReadUntilAsync<ServerMessages.Error>();

        Assert.Equal("w-1", first?.RequestId);
        Assert.NotNull(first?.AtTick);
        Assert.Equal(first, again);
        Assert.Equal(("bad-value", ""), (refused?.Code, refused?.RequestId));
        var history = await Node.Http.GetFromJsonAsync<JsonElement>("/api/v1/sessions/key-wire/events");
        Assert.Single(history.GetProperty("events").EnumerateArray(), e => e.GetProperty("type").GetString() == "transport-changed.v2");
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> PatchAsync(string session, string? key, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/sessions/{session}") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (key is not null)
        {
            request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        }

        using var answer = await Node.Http.SendAsync(request);
        return (answer.StatusCode, await answer.Content.ReadFromJsonAsync<JsonElement>());
    }
}
