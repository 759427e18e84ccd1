using NAudio.Wave;

namespace Auralis.Audio.Codecs;

/// <summary>Writes a WAV file block by block as audio arrives (a live recording or a replay) through NAudio's <see cref="WaveFileWriter"/>, which fixes up the header's sizes on dispose.</summary>
/// <remarks>
/// Auralis converts the samples itself (<see cref="WavSampleFormat"/> says how it rounds and clamps; NAudio's own
/// <c>WriteSample</c> truncates) into a buffer kept between blocks, so a steady stream of equal blocks allocates nothing, and
/// hands NAudio the bytes. The stream must be seekable and positioned at its start: NAudio patches the RIFF size at byte 4.
/// </remarks>
public sealed class WavStreamWriter : IDisposable
{
    private readonly Stream _stream;
    private readonly bool _ownsStream;
    private readonly int _channels;
    private readonly WavSampleFormat _format;
    private readonly WaveFileWriter _writer;
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

        if (stream.Position != 0)
        {
            throw new ArgumentException($"A WAV starts at the stream's first byte; this stream is at byte {stream.Position}.", nameof(stream));
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sampleRate);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(channels);
        (_stream, _ownsStream, _channels, _format) = (stream, ownsStream, channels, format);
        _writer = new WaveFileWriter(stream, WavFormats.Of(sampleRate, channels, format));
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
        _writer.Write(_buffer.AsSpan(0, bytes));
        Frames += interleaved.Length / _channels;
    }

    /// <summary>Lets NAudio pad the data chunk and patch the header with the final sizes, then closes the file when it owns it.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _writer.Dispose();
        if (_ownsStream)
        {
            _stream.Dispose();
        }
    }
}
