namespace Auralis.Audio.Codecs;

/// <summary>Writes a WAV file block by block as audio arrives (a live recording), and fixes up the header's sizes on dispose.</summary>
/// <remarks>The stream must be seekable so the RIFF and data sizes can be patched once the length is known.</remarks>
public sealed class WavStreamWriter : IDisposable
{
    private readonly Stream _stream;
    private readonly bool _ownsStream;
    private readonly int _sampleRate;
    private readonly int _channels;
    private readonly WavSampleFormat _format;
    private readonly long _start;
    private byte[] _buffer = new byte[1024];
    private bool _disposed;

    /// <summary>Starts a file on <paramref name="stream"/>; disposing the writer closes the stream when <paramref name="ownsStream"/> is set.</summary>
    public WavStreamWriter(Stream stream, int sampleRate, int channels, WavSampleFormat format, bool ownsStream = true)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanSeek || !stream.CanWrite)
        {
            throw new ArgumentException("A streamed WAV needs a writable, seekable stream to patch its header.", nameof(stream));
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sampleRate);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(channels);
        (_stream, _ownsStream, _sampleRate, _channels, _format) = (stream, ownsStream, sampleRate, channels, format);
        _start = stream.Position;
        WavHeader.Write(stream, sampleRate, channels, format, 0);
    }

    /// <summary>Creates the file at <paramref name="path"/>.</summary>
    public static WavStreamWriter Create(string path, int sampleRate, int channels, WavSampleFormat format) =>
        new(File.Create(path), sampleRate, channels, format);

    /// <summary>Frames written so far.</summary>
    public long Frames { get; private set; }

    /// <summary>Appends whole frames of interleaved samples.</summary>
    public void Write(ReadOnlySpan<float> interleaved)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (interleaved.Length % _channels != 0)
        {
            throw new ArgumentException($"Write whole frames of {_channels} samples.", nameof(interleaved));
        }

        var bytes = interleaved.Length * WavSamples.BytesPerSample(_format);
        if (_buffer.Length < bytes)
        {
            _buffer = new byte[bytes];
        }

        WavSamples.Encode(interleaved, _format, _buffer);
        _stream.Write(_buffer, 0, bytes);
        Frames += interleaved.Length / _channels;
    }

    /// <summary>Patches the header with the final sizes and closes the file.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        var dataBytes = Frames * _channels * WavSamples.BytesPerSample(_format);
        if (dataBytes % 2 == 1)
        {
            _stream.WriteByte(0);
        }

        var end = _stream.Position;
        _stream.Position = _start;
        WavHeader.Write(_stream, _sampleRate, _channels, _format, dataBytes);
        _stream.Position = end;
        _stream.Flush();
        if (_ownsStream)
        {
            _stream.Dispose();
        }
    }
}
