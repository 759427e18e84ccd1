using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Auralis.Protocol.Audio;

/// <summary>
/// The payload of an audio frame (a TCP audio frame or a WebSocket binary message): the index of its first audio frame as an
/// unsigned 64-bit little-endian integer, then interleaved little-endian samples, 48 kHz, 2 channels, 16-bit PCM or float32.
/// </summary>
/// <remarks>
/// PCM16 encoding clamps each sample to [-1, 1] (NaN becomes 0), multiplies by 32 767 and rounds to the nearest integer
/// (halves to even), so full scale is ±32 767 and -32 768 is never written; decoding divides by 32 767, so a decoded sample
/// lies within 1/32 767 of the clamped original. Float32 is carried bit for bit. Encoding and decoding allocate nothing.
/// </remarks>
public static class AudioChunk
{
    /// <summary>Frames per second of every chunk.</summary>
    public const int SampleRate = 48_000;

    /// <summary>Interleaved channels of every chunk (left, right).</summary>
    public const int Channels = 2;

    /// <summary>The bytes of the first-frame index in front of the samples.</summary>
    public const int HeaderLength = sizeof(ulong);

    private const float Pcm16Scale = 32_767f;

    /// <summary>The bytes one frame (a sample for each channel) takes in <paramref name="format"/>; "none" carries no audio and is refused.</summary>
    public static int BytesPerFrame(AudioFormat format) => format switch
    {
        AudioFormat.Pcm16 => Channels * sizeof(short),
        AudioFormat.F32 => Channels * sizeof(float),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, $"Format '{format}' carries no PCM samples."),
    };

    /// <summary>The payload length of a chunk of <paramref name="frameCount"/> frames in <paramref name="format"/>.</summary>
    public static int PayloadLength(AudioFormat format, int frameCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(frameCount);
        return checked(HeaderLength + (frameCount * BytesPerFrame(format)));
    }

    /// <summary>
    /// Encodes interleaved stereo samples starting at audio frame <paramref name="firstFrame"/> into <paramref name="destination"/>
    /// and answers the payload length written.
    /// </summary>
    public static int Encode(AudioFormat format, ulong firstFrame, ReadOnlySpan<float> interleaved, Span<byte> destination)
    {
        if (interleaved.Length % Channels != 0)
        {
            throw new ArgumentException($"Interleaved stereo needs an even number of samples; got {interleaved.Length}.", nameof(interleaved));
        }

        var length = PayloadLength(format, interleaved.Length / Channels);
        if (destination.Length < length)
        {
            throw new ArgumentException($"The chunk needs {length} bytes; the destination has {destination.Length}.", nameof(destination));
        }

        BinaryPrimitives.WriteUInt64LittleEndian(destination, firstFrame);
        var samples = destination[HeaderLength..length];
        if (format == AudioFormat.F32)
        {
            EncodeF32(interleaved, samples);
        }
        else
        {
            EncodePcm16(interleaved, samples);
        }

        return length;
    }

    /// <summary>
    /// Checks a payload's shape: long enough for the index, at least one frame, a whole number of frames. False with a
    /// bad-frame error otherwise.
    /// </summary>
    public static bool TryReadHeader(AudioFormat format, ReadOnlySpan<byte> payload, out ulong firstFrame, out int frameCount,
        [NotNullWhen(false)] out ProtocolError? error)
    {
        firstFrame = 0;
        frameCount = 0;
        var bytesPerFrame = BytesPerFrame(format);
        var sampleBytes = payload.Length - HeaderLength;
        if (sampleBytes <= 0 || sampleBytes % bytesPerFrame != 0)
        {
            error = ProtocolError.BadFrame(string.Create(CultureInfo.InvariantCulture,
                $"An audio chunk of {payload.Length} bytes is not an 8-byte frame index followed by whole {format.ToWord()} frames of {bytesPerFrame} bytes."));
            return false;
        }

        firstFrame = BinaryPrimitives.ReadUInt64LittleEndian(payload);
        frameCount = sampleBytes / bytesPerFrame;
        error = null;
        return true;
    }

    /// <summary>
    /// Decodes a payload into interleaved stereo floats. <paramref name="interleaved"/> must hold
    /// <c>frameCount * 2</c> samples (measure with <see cref="TryReadHeader"/>); a payload of the wrong shape gives a bad-frame error.
    /// </summary>
    public static bool TryDecode(AudioFormat format, ReadOnlySpan<byte> payload, Span<float> interleaved, out ulong firstFrame, out int frameCount,
        [NotNullWhen(false)] out ProtocolError? error)
    {
        if (!TryReadHeader(format, payload, out firstFrame, out frameCount, out error))
        {
            return false;
        }

        var sampleCount = frameCount * Channels;
        if (interleaved.Length < sampleCount)
        {
            throw new ArgumentException($"The chunk holds {sampleCount} samples; the destination has room for {interleaved.Length}.", nameof(interleaved));
        }

        var samples = payload[HeaderLength..];
        if (format == AudioFormat.F32)
        {
            DecodeF32(samples, interleaved[..sampleCount]);
        }
        else
        {
            DecodePcm16(samples, interleaved[..sampleCount]);
        }

        return true;
    }

    /// <summary>The PCM16 value of one sample: clamped, scaled by 32 767, rounded to nearest (halves to even); NaN is silence.</summary>
    public static short ToPcm16(float sample)
    {
        if (float.IsNaN(sample))
        {
            return 0;
        }

        return (short)MathF.Round(Math.Clamp(sample, -1f, 1f) * Pcm16Scale);
    }

    private static void EncodeF32(ReadOnlySpan<float> source, Span<byte> destination)
    {
        if (BitConverter.IsLittleEndian)
        {
            MemoryMarshal.AsBytes(source).CopyTo(destination);
            return;
        }

        for (var i = 0; i < source.Length; i++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(destination[(i * sizeof(float))..], source[i]);
        }
    }

    private static void EncodePcm16(ReadOnlySpan<float> source, Span<byte> destination)
    {
        for (var i = 0; i < source.Length; i++)
        {
            BinaryPrimitives.WriteInt16LittleEndian(destination[(i * sizeof(short))..], ToPcm16(source[i]));
        }
    }

    private static void DecodeF32(ReadOnlySpan<byte> source, Span<float> destination)
    {
        if (BitConverter.IsLittleEndian)
        {
            source.CopyTo(MemoryMarshal.AsBytes(destination));
            return;
        }

        for (var i = 0; i < destination.Length; i++)
        {
            destination[i] = BinaryPrimitives.ReadSingleLittleEndian(source[(i * sizeof(float))..]);
        }
    }

    private static void DecodePcm16(ReadOnlySpan<byte> source, Span<float> destination)
    {
        for (var i = 0; i < destination.Length; i++)
        {
            destination[i] = BinaryPrimitives.ReadInt16LittleEndian(source[(i * sizeof(short))..]) / Pcm16Scale;
        }
    }
}
