using Auralis.Audio.Codecs;
using Auralis.Protocol.Audio;

namespace Auralis.Cli.Connect;

/// <summary>
/// Lays received audio chunks onto the session's timeline from the first chunk's frame: a chunk that starts later than the
/// next expected frame leaves a gap, filled with silence and counted; frames heard twice are written once; the last chunk is
/// cut so that exactly the asked number of frames is written.
/// </summary>
public sealed class AudioRecorder(WavStreamWriter writer, long? targetFrames)
{
    private readonly float[] _silence = new float[1024 * AudioChunk.Channels];

    /// <summary>The session frame of the first recorded frame, once a chunk has arrived.</summary>
    public long? FirstFrame { get; private set; }

    /// <summary>Frames written, silence included.</summary>
    public long Recorded { get; private set; }

    /// <summary>Frames that never arrived and were written as silence.</summary>
    public long MissingFrames { get; private set; }

    /// <summary>True once the asked number of frames is written (never, without a target).</summary>
    public bool IsComplete => targetFrames is { } target && Recorded >= target;

    /// <summary>
    /// Takes one chunk of interleaved stereo samples whose first frame is <paramref name="firstFrame"/> and answers the frames
    /// missing in front of it (0 when it follows on).
    /// </summary>
    public long Accept(long firstFrame, ReadOnlySpan<float> interleaved)
    {
        if (IsComplete || interleaved.IsEmpty)
        {
            return 0;
        }

        FirstFrame ??= firstFrame;
        var next = FirstFrame.Value + Recorded;
        long gap = 0;
        if (firstFrame > next)
        {
            gap = firstFrame - next;
            MissingFrames += gap;
            WriteSilence(Math.Min(gap, Remaining));
        }

        // A chunk that overlaps what is already written (a repeat after a reconnect) contributes only its new frames.
        var skip = (int)Math.Min(Math.Max(0, next - firstFrame), interleaved.Length / AudioChunk.Channels);
        var frames = (int)Math.Min((interleaved.Length / AudioChunk.Channels) - skip, Remaining);
        if (frames > 0)
        {
            writer.Write(interleaved.Slice(skip * AudioChunk.Channels, frames * AudioChunk.Channels));
            Recorded += frames;
        }

        return gap;
    }

    private long Remaining => targetFrames is { } target ? Math.Max(0, target - Recorded) : long.MaxValue;

    private void WriteSilence(long frames)
    {
        while (frames > 0)
        {
            var take = (int)Math.Min(frames, _silence.Length / AudioChunk.Channels);
            writer.Write(_silence.AsSpan(0, take * AudioChunk.Channels));
            Recorded += take;
            frames -= take;
        }
    }
}
