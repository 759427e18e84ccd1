namespace Auralis.Audio.Codecs;

/// <summary>
/// A seekable stream that keeps only the first bytes written to it (a WAV header) and counts the rest, so NAudio's
/// <see cref="NAudio.Wave.WaveFileWriter"/> can write and patch the header of a file whose data goes elsewhere.
/// </summary>
internal sealed class WavHeaderStream : Stream
{
    /// <summary>More than any header NAudio writes for the formats Auralis uses (44 or 58 bytes).</summary>
    public const int Capacity = 128;

    private readonly byte[] _header = new byte[Capacity];
    private long _length;
    private long _position;

    /// <summary>How many bytes precede the data: the data chunk's size field ends the header.</summary>
    public int HeaderLength { get; set; }

    /// <summary>The header's bytes, once the writer has patched them.</summary>
    public byte[] Header() => _header.AsSpan(0, HeaderLength).ToArray();

    public override bool CanRead => false;

    public override bool CanSeek => true;

    public override bool CanWrite => true;

    public override long Length => _length;

    public override long Position
    {
        get => _position;
        set => _position = value;
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (_position < Capacity)
        {
            var kept = (int)Math.Min(buffer.Length, Capacity - _position);
            buffer[..kept].CopyTo(_header.AsSpan((int)_position));
        }

        _position += buffer.Length;
        _length = Math.Max(_length, _position);
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
    {
        SeekOrigin.Begin => offset,
        SeekOrigin.Current => _position + offset,
        _ => _length + offset,
    };

    public override void SetLength(long value) => _length = value;
}
