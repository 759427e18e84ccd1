using Auralis.Protocol;
using Auralis.Protocol.Json;
using Auralis.Protocol.Messages;

namespace Auralis.Cli.Connect;

/// <summary>What arrived from the node: a JSON message, an audio chunk's payload, or the end of the connection.</summary>
public readonly record struct ServerInput(ServerMessage? Message, ReadOnlyMemory<byte> Audio, bool Closed)
{
    /// <summary>The connection ended.</summary>
    public static ServerInput End { get; } = new(null, default, true);

    /// <summary>True for an audio chunk.</summary>
    public bool IsAudio => Message is null && !Closed;

    /// <summary>
    /// Decodes a JSON message. A type this client does not know yet is skipped (null): the protocol lets a newer node add
    /// messages. Anything else malformed is a protocol error, since the node should never send it.
    /// </summary>
    public static ServerMessage? Decode(ReadOnlySpan<byte> utf8)
    {
        if (ProtocolJson.TryReadServerMessage(utf8, out var message, out var error))
        {
            return message;
        }

        return error.Code == ErrorCodes.UnknownType ? null : throw new CliFailure($"protocol error {error.Code}: {error.Message}");
    }
}
