using Auralis.Protocol.Messages;

namespace Auralis.Protocol;

/// <summary>Why some input was refused: one of the stable <see cref="ErrorCodes"/> and a sentence for people.</summary>
public sealed record ProtocolError(string Code, string Message)
{
    /// <summary>The <c>error</c> message that tells the client about this error.</summary>
    public ServerMessages.Error ToMessage() => new(Code, Message);

    /// <inheritdoc />
    public override string ToString() => $"{Code}: {Message}";

    internal static ProtocolError MalformedJson(string message) => new(ErrorCodes.MalformedJson, message);

    internal static ProtocolError UnknownType(string message) => new(ErrorCodes.UnknownType, message);

    internal static ProtocolError MissingField(string message) => new(ErrorCodes.MissingField, message);

    internal static ProtocolError BadValue(string message) => new(ErrorCodes.BadValue, message);

    internal static ProtocolError TooLarge(string message) => new(ErrorCodes.TooLarge, message);

    internal static ProtocolError BadFrame(string message) => new(ErrorCodes.BadFrame, message);
}
