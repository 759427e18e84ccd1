using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text.Encodings.Web;
using System.Text.Json;
using Auralis.Protocol.Messages;

namespace Auralis.Protocol.Json;

/// <summary>
/// Reads and writes the JSON messages of the wire protocol: one UTF-8 JSON object per WebSocket text frame or TCP JSON frame,
/// with a <c>type</c> discriminator and camelCase fields.
/// </summary>
/// <remarks>
/// Reading never throws on bad input: it answers a <see cref="ProtocolError"/> with one of the <see cref="ErrorCodes"/>.
/// Unknown fields are ignored, so a newer peer may add fields; a null field counts as absent; a property named twice is
/// malformed. Writing throws <see cref="ArgumentException"/> only for values JSON cannot carry (NaN or infinite numbers).
/// </remarks>
public static class ProtocolJson
{
    /// <summary>
    /// JSON goes to sockets, never into HTML, so only what JSON itself requires is escaped: a degree such as "III+" stays readable.
    /// </summary>
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Reads a message a client sent; false with the reason when the bytes are not a valid client message.</summary>
    public static bool TryReadClientMessage(ReadOnlySpan<byte> utf8, [NotNullWhen(true)] out ClientMessage? message, [NotNullWhen(false)] out ProtocolError? error) =>
        MessageParser.TryRead(utf8, ClientMessageReader.Read, ClientMessageReader.KnownTypes, out message, out error);

    /// <summary>Reads a message the node sent; false with the reason when the bytes are not a valid server message.</summary>
    public static bool TryReadServerMessage(ReadOnlySpan<byte> utf8, [NotNullWhen(true)] out ServerMessage? message, [NotNullWhen(false)] out ProtocolError? error) =>
        MessageParser.TryRead(utf8, ServerMessageReader.Read, ServerMessageReader.KnownTypes, out message, out error);

    /// <summary>The message as UTF-8 JSON.</summary>
    public static byte[] Write(ServerMessage message)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        Write(buffer, message);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The message as UTF-8 JSON.</summary>
    public static byte[] Write(ClientMessage message)
    {
        var buffer = new ArrayBufferWriter<byte>(128);
        Write(buffer, message);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Appends the message as UTF-8 JSON to <paramref name="destination"/>.</summary>
    public static void Write(IBufferWriter<byte> destination, ServerMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        using var writer = new Utf8JsonWriter(destination, WriterOptions);
        ServerMessageWriter.Write(writer, message);
    }

    /// <summary>Appends the message as UTF-8 JSON to <paramref name="destination"/>.</summary>
    public static void Write(IBufferWriter<byte> destination, ClientMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        using var writer = new Utf8JsonWriter(destination, WriterOptions);
        ClientMessageWriter.Write(writer, message);
    }
}
