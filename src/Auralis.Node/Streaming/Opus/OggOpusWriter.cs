using System.Buffers.Binary;
using System.Text;
using Auralis.Protocol.Audio;

namespace Auralis.Node.Streaming.Opus;

/// <summary>
/// Writes an Ogg Opus stream (RFC 7845) that any player opens: the identification header (<c>OpusHead</c>), the comment
/// header (<c>OpusTags</c>), then one Opus packet per Ogg page, so each 20 ms reaches the listener as soon as it is encoded.
/// </summary>
/// <remarks>
/// Pages follow RFC 3533: the capture pattern, version 0, the header type (beginning of stream on the first page), the
/// granule position (48 kHz samples through the page's last packet, pre-skip included), the stream serial number, the page
/// sequence number, the CRC-32 (polynomial 0x04C11DB7, not reflected, over the page with its CRC field zeroed) and the
/// lacing values. A live stream has no end: the last page is never marked, and a player stops when the connection does.
/// </remarks>
public sealed class OggOpusWriter(Stream output, int serial)
{
    private const int HeaderLength = 27;
    private static readonly uint[] CrcTable = BuildCrcTable();

    private readonly byte[] _page = new byte[HeaderLength + 255 + (255 * 255)];
    private uint _sequence;
    private long _granule;

    /// <summary>Bytes written so far.</summary>
    public long BytesWritten { get; private set; }

    /// <summary>Writes the two header pages: <c>OpusHead</c> (stereo, 48 kHz, <paramref name="preSkip"/>) and <c>OpusTags</c>.</summary>
    public async Task WriteHeadersAsync(int preSkip, string vendor, CancellationToken token)
    {
        var head = new byte[19];
        Encoding.ASCII.GetBytes("OpusHead", head);
        head[8] = 1;
        head[9] = AudioChunk.Channels;
        BinaryPrimitives.WriteUInt16LittleEndian(head.AsSpan(10), (ushort)preSkip);
        BinaryPrimitives.WriteUInt32LittleEndian(head.AsSpan(12), AudioChunk.SampleRate);
        BinaryPrimitives.WriteInt16LittleEndian(head.AsSpan(16), 0);
        head[18] = 0;
        _granule = 0;
        await WritePageAsync(head, headerType: 0x02, granule: 0, token).ConfigureAwait(false);

        var vendorBytes = Encoding.UTF8.GetBytes(vendor);
        var tags = new byte[8 + 4 + vendorBytes.Length + 4];
        Encoding.ASCII.GetBytes("OpusTags", tags);
        BinaryPrimitives.WriteUInt32LittleEndian(tags.AsSpan(8), (uint)vendorBytes.Length);
        vendorBytes.CopyTo(tags, 12);
        BinaryPrimitives.WriteUInt32LittleEndian(tags.AsSpan(12 + vendorBytes.Length), 0);
        await WritePageAsync(tags, headerType: 0, granule: 0, token).ConfigureAwait(false);
        _granule = preSkip;
    }

    /// <summary>Writes one 20 ms packet as a page of its own and flushes it.</summary>
    public Task WritePacketAsync(ReadOnlyMemory<byte> packet, CancellationToken token)
    {
        _granule += OpusChunk.FramesPerPacket;
        return WritePageAsync(packet, headerType: 0, _granule, token);
    }

    /// <summary>The CRC-32 of an Ogg page (polynomial 0x04C11DB7, initial value 0, not reflected, no final XOR).</summary>
    public static uint Crc(ReadOnlySpan<byte> page)
    {
        uint crc = 0;
        foreach (var b in page)
        {
            crc = (crc << 8) ^ CrcTable[(crc >> 24) ^ b];
        }

        return crc;
    }

    private async Task WritePageAsync(ReadOnlyMemory<byte> body, byte headerType, long granule, CancellationToken token)
    {
        var length = Page(body.Span, headerType, granule);
        await output.WriteAsync(_page.AsMemory(0, length), token).ConfigureAwait(false);
        await output.FlushAsync(token).ConfigureAwait(false);
        BytesWritten += length;
    }

    private int Page(ReadOnlySpan<byte> body, byte headerType, long granule)
    {
        var segments = (body.Length / 255) + 1;
        if (segments > 255)
        {
            throw new ArgumentException($"A packet of {body.Length} bytes does not fit one Ogg page.", nameof(body));
        }

        var page = _page.AsSpan(0, HeaderLength + segments + body.Length);
        page.Clear();
        Encoding.ASCII.GetBytes("OggS", page);
        page[5] = headerType;
        BinaryPrimitives.WriteInt64LittleEndian(page[6..], granule);
        BinaryPrimitives.WriteInt32LittleEndian(page[14..], serial);
        BinaryPrimitives.WriteUInt32LittleEndian(page[18..], _sequence++);
        page[26] = (byte)segments;
        page.Slice(HeaderLength, segments - 1).Fill(255);

        // The last lacing value is below 255 (0 when the packet is a multiple of 255 bytes): that ends the packet.
        page[HeaderLength + segments - 1] = (byte)(body.Length % 255);
        body.CopyTo(page[(HeaderLength + segments)..]);
        BinaryPrimitives.WriteUInt32LittleEndian(page[22..], Crc(page));
        return page.Length;
    }

    private static uint[] BuildCrcTable()
    {
        var table = new uint[256];
        for (uint i = 0; i < 256; i++)
        {
            var r = i << 24;
            for (var bit = 0; bit < 8; bit++)
            {
                r = (r & 0x80000000) != 0 ? (r << 1) ^ 0x04C11DB7 : r << 1;
            }

            table[i] = r;
        }

        return table;
    }
}
