using System.Net.Sockets;

namespace Auralis.Cli;

/// <summary>What to add when a node cannot be reached because nothing listens there: how to start one.</summary>
public static class NodeHint
{
    /// <summary>The command that starts a node, as the README gives it.</summary>
    public const string StartCommand = "dotnet run --project src/Auralis.Node";

    /// <summary>"; is the node running? …" when <paramref name="failure"/> is a refused connection, else nothing.</summary>
    public static string For(Exception failure)
    {
        for (var e = failure; e is not null; e = e.InnerException)
        {
            if (e is SocketException { SocketErrorCode: SocketError.ConnectionRefused })
            {
                return $" — is the node running? Start one with: {StartCommand}";
            }
        }

        return string.Empty;
    }
}
