using System.Net;
using Auralis.Testing;
using System.Net.Http.Json;
using System.Text.Json;
using Auralis.Node.Tests.Support;
using Auralis.Protocol.Audio;
using Auralis.Protocol.Framing;
using Auralis.Protocol.Messages;

namespace Auralis.Node.Tests.Durability;

public sealed class KillTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "auralis-kill-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task A_killed_node_comes_back_with_every_acknowledged_input_and_plays_on()
    {
        await using (var first = await NodeProcess.StartAsync(_data))
        {
            using var created = await first.Http.PostAsJsonAsync("/api/v1/sessions", new { id = "survivor", name = "Survivor", bpm = 111, seed = 5 });
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            using var keyed = await first.Http.PatchAsJsonAsync("/api/v1/sessions/survivor", new { key = "E", mode = "lydian" });
            Assert.Equal(HttpStatusCode.OK, keyed.StatusCode);
            using var priced = await first.Http.PostAsJsonAsync("/api/v1/sessions/survivor/prices", new { price = 123.5 });
            Assert.Equal(HttpStatusCode.OK, priced.StatusCode);

            await first.KillAsync();
        }

        await using var second = await NodeProcess.StartAsync(_data);
        var state = await second.GetAsync<JsonElement>("/api/v1/sessions/survivor");
        var parameters = state.GetProperty("parameters");
        Assert.Equal(111, parameters.GetProperty("bpm").GetDouble());
        Assert.Equal("E", parameters.GetProperty("key").GetString());
        Assert.Equal("lydian", parameters.GetProperty("mode").GetString());
        var history = await second.GetAsync<JsonElement>("/api/v1/sessions/survivor/events");
        var types = history.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("type").GetString()!).ToArray();
        Assert.Equal<string>(["session-created.v1", "parameters-changed.v1", "price-observed.v1", "session-resumed.v1"], types);

        await using var client = await TcpTestClient.ConnectAsync(second.TcpPort);
        await client.HelloAsync("survivor", audio: AudioFormat.F32);
        Assert.NotNull(await client.ReadUntilAsync<ServerMessages.Welcome>());
        Frame? audio = null;
        for (var i = 0; i < 200 && audio is null; i++)
        {
            audio = await client.ReadAsync() is { Kind: FrameKind.Audio } frame ? frame : null;
        }

        Assert.NotNull(audio);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
