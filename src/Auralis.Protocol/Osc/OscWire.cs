namespace Auralis.Protocol.Osc;

/// <summary>The sizes of the OSC 1.0 wire layout: everything is big-endian and padded with NULs to a multiple of 4 bytes.</summary>
internal static class OscWire
{
    /// <summary>The 8 bytes that open every bundle: "#bundle" and its NUL.</summary>
    public static ReadOnlySpan<byte> BundleHeader => "#bundle\0"u8;

    /// <summary>A bundle's fixed part: the header and the timetag.</summary>
    public const int BundlePrefix = 16;

    /// <summary>A string of <paramref name="utf8Length"/> bytes on the wire: always at least one NUL, then up to a multiple of 4.</summary>
    public static int StringSize(int utf8Length) => checked(utf8Length + 4) & ~3;

    /// <summary>A blob of <paramref name="length"/> bytes on the wire: its int32 size, then the bytes padded to a multiple of 4.</summary>
    public static int BlobSize(int length) => checked(4 + ((length + 3) & ~3));

    /// <summary>The bytes an argument's payload takes (0 for those carried by the tag alone).</summary>
    public static int ArgumentSize(OscArgument argument) => argument switch
    {
        OscArgument.Int32 or OscArgument.Float32 or OscArgument.Char or OscArgument.Midi => 4,
        OscArgument.Int64 or OscArgument.Double or OscArgument.TimeTag => 8,
        OscArgument.String s => StringSize(System.Text.Encoding.UTF8.GetByteCount(s.Value)),
        OscArgument.Blob b => BlobSize(b.Bytes.Length),
        _ => 0,
    };
}
