namespace Auralis.Audio.Streaming;

/// <summary>One reader's cursor into an <see cref="AudioRingBuffer"/>: reads what it has not read yet, and counts what it lost.</summary>
/// <remarks>Owned by one thread. Reading never blocks the writer and never waits for it.</remarks>
public sealed class AudioRingReader
{
    private readonly AudioRingBuffer _ring;

    internal AudioRingReader(AudioRingBuffer ring, long startFrame)
    {
        _ring = ring;
        NextFrame = startFrame;
    }

    /// <summary>The absolute index of the next frame this reader will return.</summary>
    public long NextFrame { get; private set; }

    /// <summary>Frames this reader missed because it fell more than a ring behind (or the writer overtook it mid-copy).</summary>
    public long LostFrames { get; private set; }

    /// <summary>Frames written and not yet read (may exceed the capacity when the reader has fallen behind).</summary>
    public long Available => _ring.WrittenFrames - NextFrame;

    /// <summary>
    /// Copies up to <c>destination.Length / channels</c> frames into <paramref name="destination"/> and returns how many;
    /// <paramref name="firstFrame"/> is the absolute index of the first one.
    /// </summary>
    public int Read(Span<float> destination, out long firstFrame)
    {
        var channels = _ring.Channels;
        var written = _ring.WrittenFrames;
        SkipOverwritten(_ring.OldestIntactFrame);
        var count = (int)Math.Min(destination.Length / channels, written - NextFrame);
        firstFrame = NextFrame;
        if (count <= 0)
        {
            return 0;
        }

        _ring.CopyOut(NextFrame, count, destination);

        // The writer may have lapped part of what was just copied: drop it rather than hand out torn frames.
        var oldestIntact = _ring.OldestIntactFrame;
        if (oldestIntact > NextFrame)
        {
            var torn = (int)Math.Min(count, oldestIntact - NextFrame);
            destination[(torn * channels)..(count * channels)].CopyTo(destination);
            LostFrames += torn;
            NextFrame += torn;
            count -= torn;
            firstFrame = NextFrame;
        }

        NextFrame += count;
        return count;
    }

    /// <summary>Moves the cursor to the newest frame, counting the skipped frames as lost (a client that asks to catch up).</summary>
    public void SkipToLatest()
    {
        var written = _ring.WrittenFrames;
        LostFrames += written - NextFrame;
        NextFrame = written;
    }

    private void SkipOverwritten(long oldestValid)
    {
        if (oldestValid > NextFrame)
        {
            LostFrames += oldestValid - NextFrame;
            NextFrame = oldestValid;
        }
    }
}
