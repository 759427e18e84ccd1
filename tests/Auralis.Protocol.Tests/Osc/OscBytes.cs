using System.Buffers.Binary;
using System.Text;

namespace Auralis.Protocol.Tests.Osc;

/// <summary>Hand-built OSC bytes for the malformed corpus, where the writer (which only writes valid packets) cannot help.</summary>
internal static class OscBytes
{
    /// <summary>Text as Latin-1 bytes, so "\0" and "\xff" land as written.</summary>
    public static byte[] Text(string text) => Encoding.Latin1.GetBytes(text);

    public static byte[] Int(int value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(bytes, value);
        return bytes;
    }

    public static byte[] Concat(params byte[][] parts) => [.. parts.SelectMany(p => p)];

    /// <summary>A bundle (immediately) around elements given as raw bytes, each after its true size.</summary>
    public static byte[] Bundle(params byte[][] elements) =>
        Concat([Text("#bundle\0"), [0, 0, 0, 0, 0, 0, 0, 1], .. elements.SelectMany(e => new[] { Int(e.Length), e })]);
}
