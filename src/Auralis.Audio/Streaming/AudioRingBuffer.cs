namespace Auralis.Audio.Streaming;

/// <summary>
/// A single-writer, many-reader lock-free ring of interleaved audio frames. The writer never waits; each reader keeps
/// its own cursor, and one that falls a whole ring behind skips ahead and counts the frames it lost.
/// </summary>
/// <remarks>
/// <para>Threading contract: exactly one thread calls <see cref="Write"/> (the render thread); any number of threads
/// each own an <see cref="AudioRingReader"/>. Frame indexes are absolute: the first frame ever written is frame 0.</para>
/// <para>Before it overwrites anything the writer claims the frames it is about to write (a full fence), then copies the
/// block, then publishes the new total with a release store. A reader reads the total, copies, fences, and reads the
/// claim: every frame older than the claim minus the capacity may have been overwritten while it copied, so it is
/// discarded and counted as lost, and a reader never hands out a torn frame — the seqlock pattern, without a lock.
/// Neither side allocates.</para>
/// </remarks>
public sealed class AudioRingBuffer
{
    private readonly float[] _samples;
    private readonly int _mask;
    private long _written;
    private long _claimed;

    /// <summary>Creates a ring of <paramref name="capacityFrames"/> frames (a power of two) of <paramref name="channels"/> channels.</summary>
    public AudioRingBuffer(int capacityFrames, int channels = 2)
    {
        if (capacityFrames < 2 || (capacityFrames & (capacityFrames - 1)) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(capacityFrames), capacityFrames, "The ring's capacity is a power of two of at least 2 frames.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(channels, 1);
        Channels = channels;
        CapacityFrames = capacityFrames;
        _mask = capacityFrames - 1;
        _samples = new float[capacityFrames * channels];
    }

    /// <summary>Channels per frame.</summary>
    public int Channels { get; }

    /// <summary>How many frames the ring holds.</summary>
    public int CapacityFrames { get; }

    /// <summary>Frames written since the ring was created (the index of the next frame to be written).</summary>
    public long WrittenFrames => Volatile.Read(ref _written);

    /// <summary>Appends whole frames of interleaved samples; never blocks. Writer thread only.</summary>
    public void Write(ReadOnlySpan<float> interleaved)
    {
        if (interleaved.Length % Channels != 0)
        {
            throw new ArgumentException($"A write holds whole frames of {Channels} samples.", nameof(interleaved));
        }

        var frames = interleaved.Length / Channels;
        var first = _written;
        if (frames > CapacityFrames)
        {
            // Only the newest capacity's worth can be held; the frames before it are written as already lost.
            first += frames - CapacityFrames;
            interleaved = interleaved[((frames - CapacityFrames) * Channels)..];
            frames = CapacityFrames;
        }

        var end = first + frames;
        Interlocked.Exchange(ref _claimed, end);
        var start = (int)(first & _mask);
        var head = Math.Min(frames, CapacityFrames - start);
        interleaved[..(head * Channels)].CopyTo(_samples.AsSpan(start * Channels));
        interleaved[(head * Channels)..].CopyTo(_samples);
        Volatile.Write(ref _written, end);
    }

    /// <summary>A reader starting at the next frame to be written.</summary>
    public AudioRingReader OpenReader() => new(this, WrittenFrames);

    /// <summary>A reader starting at <paramref name="fromFrame"/> (moved up to the oldest frame still held when it is older).</summary>
    public AudioRingReader OpenReader(long fromFrame)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(fromFrame);
        var written = WrittenFrames;
        return new AudioRingReader(this, Math.Clamp(fromFrame, Math.Max(0, written - CapacityFrames), written));
    }

    /// <summary>The oldest frame the writer has not begun to overwrite (read after a full fence by readers).</summary>
    internal long OldestIntactFrame
    {
        get
        {
            Interlocked.MemoryBarrier();
            return Volatile.Read(ref _claimed) - CapacityFrames;
        }
    }

    /// <summary>Copies frames [<paramref name="fromFrame"/>, +count) into <paramref name="destination"/>; the caller validates the range.</summary>
    internal void CopyOut(long fromFrame, int count, Span<float> destination)
    {
        var start = (int)(fromFrame & _mask);
        var first = Math.Min(count, CapacityFrames - start);
        _samples.AsSpan(start * Channels, first * Channels).CopyTo(destination);
        _samples.AsSpan(0, (count - first) * Channels).CopyTo(destination[(first * Channels)..]);
    }
}
