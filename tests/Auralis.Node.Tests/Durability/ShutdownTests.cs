using Auralis.Node.Tests.Support;
using Auralis.Testing;
using Auralis.Protocol.Audio;
using Auralis.Protocol.Messages;

namespace Auralis.Node.Tests.Durability;

public sealed class ShutdownTests
{
    [Fact]
    public async Task A_node_stopping_cleanly_checkpoints_and_tells_its_clients_it_is_closing()
    {
        var node = await TestNode.StartAsync();
        try
        {
            await node.CreateSessionAsync("farewell", new { bpm = 100 });
            await using var client = await TcpTestClient.ConnectAsync(node.TcpPort);
            await client.HelloAsync("farewell", audio: AudioFormat.None);
            Assert.NotNull(await client.ReadUntilAsync<ServerMessages.Welcome>());

            var stopping = node.App.StopAsync();
            var closing = await client.ReadUntilAsync<ServerMessages.Closing>(timeout: TimeSpan.FromSeconds(30));
            await stopping;

            Assert.NotNull(closing);
        }
        finally
        {
            await node.DisposeAsync();
        }

    }
}
