using System.Net;
using System.Net.Sockets;
using Auralis.Node.Hosting;
using Auralis.Testing;

namespace Auralis.Node.Tests.Startup;

public sealed class BusyPortTests
{
    [Theory]
    [InlineData("http", "--http http://127.0.0.1:PORT")]
    [InlineData("tcp", "--tcp PORT")]
    [InlineData("akka", "--akka-port PORT")]
    [InlineData("osc-udp", "--osc-udp PORT")]
    [InlineData("osc-tcp", "--osc-tcp PORT")]
    public async Task A_busy_port_is_refused_with_one_line_naming_the_port_and_its_option(string which, string option)
    {
        using var taken = which == "osc-udp" ? new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp) : new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        taken.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        if (which != "osc-udp")
        {
            taken.Listen();
        }

        var port = ((IPEndPoint)taken.LocalEndPoint!).Port;
        var ports = new Dictionary<string, int>
        {
            ["http"] = FreePort.Next(), ["tcp"] = FreePort.Next(), ["akka"] = FreePort.Next(), ["osc-udp"] = FreePort.NextUdp(), ["osc-tcp"] = FreePort.Next(),
        };
        ports[which] = port;
        var data = Path.Combine(Path.GetTempPath(), "auralis-busy-" + Guid.NewGuid().ToString("N"));

        await using var node = NodeRun.Start("--http", $"http://127.0.0.1:{ports["http"]}", "--tcp", ports["tcp"].ToString(), "--akka-port", ports["akka"].ToString(),
            "--osc-udp", ports["osc-udp"].ToString(), "--osc-tcp", ports["osc-tcp"].ToString(), "--data", data, "--no-demo");

        Assert.Equal(1, await node.ExitAsync(TimeSpan.FromSeconds(60)));
        var line = Assert.Single(node.Errors, e => e.StartsWith("auralis node:", StringComparison.Ordinal));
        Assert.Contains($"port {port} ", line);
        Assert.Contains("already in use", line);
        Assert.Contains(option, line);
        Assert.DoesNotContain(node.Errors.Concat(node.Output), e => e.TrimStart().StartsWith("at ", StringComparison.Ordinal));
        Assert.DoesNotContain(node.Output, e => e.StartsWith("Listening:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_second_node_on_the_same_akka_port_fails_instead_of_sharing_it()
    {
        await using var first = await TestNode.StartAsync();
        var akkaPort = first.App.Options().AkkaPort;
        var data = Path.Combine(Path.GetTempPath(), "auralis-busy-" + Guid.NewGuid().ToString("N"));

        await using var second = NodeRun.Start("--http", $"http://127.0.0.1:{FreePort.Next()}", "--tcp", "0", "--akka-port", akkaPort.ToString(),
            "--osc-udp", "0", "--data", data, "--no-demo");

        Assert.Equal(1, await second.ExitAsync(TimeSpan.FromSeconds(60)));
        Assert.Contains(second.Errors, e => e.Contains($"port {akkaPort} (Akka remoting)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Akka_remoting_never_reuses_an_address_even_when_the_port_is_taken_after_the_check()
    {
        await using var first = await TestNode.StartAsync();
        var data = Path.Combine(Path.GetTempPath(), "auralis-busy-" + Guid.NewGuid().ToString("N"));
        var second = NodeHost.Build(["--http", $"http://127.0.0.1:{FreePort.Next()}", "--tcp", "0", "--akka-port", first.App.Options().AkkaPort.ToString(),
            "--osc-udp", "0", "--data", data, "--no-demo"], new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "None" });
        try
        {
            var failure = await Record.ExceptionAsync(() => second.StartAsync());

            Assert.NotNull(failure);
            Assert.Contains("already in use", PortCheck.Explain(failure!));
        }
        finally
        {
            await second.DisposeAsync();
        }
    }
}
