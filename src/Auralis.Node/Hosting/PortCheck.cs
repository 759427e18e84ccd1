using System.Net;
using System.Net.Sockets;
using Auralis.Node.Configuration;
using Auralis.Node.Osc;

namespace Auralis.Node.Hosting;

/// <summary>
/// Tries every port the node is about to open (HTTP, the TCP protocol, OSC, Akka remoting) before anything starts, so a busy
/// one is refused with one line that names the port and the option that changes it, rather than a crash halfway up.
/// </summary>
/// <remarks>
/// Each probe binds and releases a socket as the listener would, without address reuse. A port taken between the probe and
/// the start still fails the start; <see cref="Explain"/> turns that exception into the same kind of line.
/// </remarks>
public static class PortCheck
{
    /// <summary>The first port <paramref name="app"/> cannot bind, said for a person, or null when all are free.</summary>
    public static string? FirstBusy(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.Services.GetRequiredService<NodeOptions>();
        var osc = app.Services.GetRequiredService<OscAccess>();
        var http = new Uri(options.Http);
        foreach (var (address, port, type, what, option) in Ports(options, http, osc.Host))
        {
            if (port != 0 && Bind(address, port, type) is { } error)
            {
                return Line(port, what, option, error);
            }
        }

        return null;
    }

    /// <summary>The line for an exception that a start failed with because an address was taken, or null when it is another fault.</summary>
    public static string? Explain(Exception failure)
    {
        for (var e = failure; e is not null; e = e.InnerException)
        {
            if (e is SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse } || e.GetType().Name == "AddressInUseException")
            {
                return $"a port the node needs is already in use ({e.Message}); see --help for the options that choose its ports.";
            }
        }

        return null;
    }

    /// <summary>The address a listener binds for a host name as the options give it: loopback for localhost, the address itself, or every address.</summary>
    public static IPAddress AddressOf(string host) => TcpAccept.Address(host) ?? IPAddress.Any;

    private static IEnumerable<(IPAddress Address, int Port, SocketType Type, string What, string Option)> Ports(NodeOptions options, Uri http, IPAddress oscHost)
    {
        yield return (AddressOf(http.Host), http.Port, SocketType.Stream, "HTTP, WebSocket and the web client",
            $"--http {http.Scheme}://{http.Host}:PORT");
        if (http.Host == "localhost")
        {
            // Kestrel binds both loopbacks for localhost.
            yield return (IPAddress.IPv6Loopback, http.Port, SocketType.Stream, "HTTP, WebSocket and the web client", $"--http {http.Scheme}://localhost:PORT");
        }

        yield return (AddressOf(http.Host), options.Tcp, SocketType.Stream, "the TCP protocol", "--tcp PORT (0 turns it off)");
        yield return (oscHost, options.OscUdp, SocketType.Dgram, "OSC over UDP", "--osc-udp PORT (0 turns it off)");
        yield return (oscHost, options.OscTcp, SocketType.Stream, "OSC over TCP", "--osc-tcp PORT (0 turns it off)");
        yield return (AddressOf(options.AkkaHost), options.AkkaPort, SocketType.Stream, "Akka remoting",
            "--akka-port PORT (a second node on this machine needs its own, and --seed to join the first)");
    }

    private static SocketException? Bind(IPAddress address, int port, SocketType type)
    {
        try
        {
            using var socket = new Socket(address.AddressFamily, type, type == SocketType.Dgram ? ProtocolType.Udp : ProtocolType.Tcp);
            socket.Bind(new IPEndPoint(address, port));
            if (type == SocketType.Stream)
            {
                socket.Listen();
            }

            return null;
        }
        catch (SocketException e) when (address.Equals(IPAddress.IPv6Loopback) && e.SocketErrorCode is SocketError.AddressNotAvailable or SocketError.AddressFamilyNotSupported)
        {
            // A machine without IPv6: Kestrel skips ::1 as well.
            return null;
        }
        catch (SocketException e)
        {
            return e;
        }
    }

    private static string Line(int port, string what, string option, SocketException error) => error.SocketErrorCode switch
    {
        SocketError.AddressAlreadyInUse => $"port {port} ({what}) is already in use by another program or node; choose another with {option}.",
        SocketError.AccessDenied => $"port {port} ({what}) needs privileges this user lacks; choose one above 1023 with {option}.",
        _ => $"port {port} ({what}) cannot be opened: {error.Message}; choose another with {option}.",
    };
}
