using System.Diagnostics;
using Auralis.Testing;
using Auralis.Node.Tests.Support;
using Xunit.Abstractions;

namespace Auralis.Node.Tests.Osc;

/// <summary>liblo's own tools against the node: what the music world's software would send and hear.</summary>
[Collection(OscNodeCollection.Name)]
public sealed class LibloTests(OscNodeFixture fixture, ITestOutputHelper output)
{
    private TestNode Node => fixture.Node;

    [LibloFact]
    public async Task Oscsend_changes_the_bpm_and_the_key()
    {
        await Node.CreateSessionAsync("liblo-steer");

        await OscSendAsync("127.0.0.1", Node.OscUdpPort.ToString(), "/auralis/liblo-steer/param/bpm", "f", "120");
        await OscSendAsync("127.0.0.1", Node.OscUdpPort.ToString(), "/auralis/liblo-steer/param/key", "s", "F#");

        Assert.Equal(120, (await Node.WaitForParameterAsync("liblo-steer", "bpm", v => v.GetDouble() == 120)).GetDouble());
        Assert.Equal("F#", (await Node.WaitForParameterAsync("liblo-steer", "key", v => v.GetString() == "F#")).GetString());
    }

    [LibloFact]
    public async Task Oscsend_over_tcp_changes_the_bpm()
    {
        await Node.CreateSessionAsync("liblo-tcp");

        await OscSendAsync($"osc.tcp://127.0.0.1:{fixture.OscTcpPort}", "/auralis/liblo-tcp/param/bpm", "i", "188");

        Assert.Equal(188, (await Node.WaitForParameterAsync("liblo-tcp", "bpm", v => v.GetDouble() == 188)).GetDouble());
    }

    [LibloFact]
    public async Task Oscdump_receives_the_notes_of_a_session_subscribed_from_its_port()
    {
        await Node.CreateSessionAsync("liblo-listen", new { intensity = 0.9 });

        // oscsend answers from a port that closes as it exits, so the subscription is sent by hand from the port oscdump
        // then takes over: the node sends events to the endpoint a subscribe came from.
        int port;
        using (var subscriber = new OscUdpTestClient(Node.OscUdpPort))
        {
            port = subscriber.LocalPort;
            await subscriber.SendAsync("/auralis/liblo-listen/subscribe");
        }

        using var dump = Process.Start(new ProcessStartInfo(LibloFactAttribute.OscDump)
        {
            ArgumentList = { "-L", port.ToString() },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        try
        {
            var note = await LineAsync(dump, "/auralis/liblo-listen/note", TimeSpan.FromSeconds(20));
            output.WriteLine($"oscdump: {note}");
            Assert.NotNull(note);
            Assert.Contains(" siii ", note);
        }
        finally
        {
            dump.Kill();
            await dump.WaitForExitAsync();
        }
    }

    private async Task OscSendAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo(LibloFactAttribute.OscSend) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var send = Process.Start(start)!;
        var errors = await send.StandardError.ReadToEndAsync();
        await send.WaitForExitAsync();
        output.WriteLine($"oscsend {string.Join(' ', arguments)} → {send.ExitCode} {errors}");
        Assert.Equal(0, send.ExitCode);
    }

    private static async Task<string?> LineAsync(Process process, string address, TimeSpan within)
    {
        using var timeout = new CancellationTokenSource(within);
        try
        {
            while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                if (line.Contains(address, StringComparison.Ordinal))
                {
                    return line;
                }
            }
        }
        catch (OperationCanceledException)
        {
        }

        return null;
    }
}
