using Auralis.Audio.Codecs;
using Auralis.Cli.Connect;

namespace Auralis.Cli.Tests.Connect;

public sealed class AudioRecorderTests
{
    [Fact]
    public void Chunks_are_laid_from_the_first_chunks_frame_with_gaps_as_silence_and_the_last_chunk_cut()
    {
        using var stream = new MemoryStream();
        var recorder = Record(stream, target: 10, out var writer);

        Assert.Equal(0, recorder.Accept(100, Frames(100, 4)));
        Assert.Equal(2, recorder.Accept(106, Frames(106, 3)));
        Assert.Equal(0, recorder.Accept(109, Frames(109, 5)));
        Assert.Equal(0, recorder.Accept(114, Frames(114, 5)));
        writer.Dispose();

        Assert.True(recorder.IsComplete);
        Assert.Equal((100L, 10L, 2L), (recorder.FirstFrame!.Value, recorder.Recorded, recorder.MissingFrames));
        var audio = WavReader.Parse(stream.ToArray());
        Assert.Equal(10, audio.Frames);
        Assert.Equal([100, 101, 102, 103, 0, 0, 106, 107, 108, 109], audio.Channel(0).Select(s => (int)Math.Round(s * 1000)));
    }

    [Fact]
    public void Frames_heard_twice_are_written_once()
    {
        using var stream = new MemoryStream();
        var recorder = Record(stream, target: null, out var writer);

        recorder.Accept(0, Frames(0, 4));
        recorder.Accept(2, Frames(2, 4));
        recorder.Accept(1, Frames(1, 2));
        writer.Dispose();

        Assert.False(recorder.IsComplete);
        Assert.Equal([0, 1, 2, 3, 4, 5], WavReader.Parse(stream.ToArray()).Channel(0).Select(s => (int)Math.Round(s * 1000)));
    }

    [Fact]
    public void A_gap_longer_than_what_is_left_completes_the_recording_with_silence()
    {
        using var stream = new MemoryStream();
        var recorder = Record(stream, target: 5, out var writer);

        recorder.Accept(0, Frames(0, 2));
        Assert.Equal(100, recorder.Accept(102, Frames(102, 2)));
        writer.Dispose();

        Assert.True(recorder.IsComplete);
        Assert.Equal(5, WavReader.Parse(stream.ToArray()).Frames);
    }

    private static AudioRecorder Record(MemoryStream stream, long? target, out WavStreamWriter writer)
    {
        writer = new WavStreamWriter(stream, 48_000, 2, WavSampleFormat.Float32, ownsStream: false);
        return new AudioRecorder(writer, target);
    }

    /// <summary>Stereo frames whose left sample says which session frame they are (frame / 1000), the right its negative.</summary>
    private static float[] Frames(long first, int count) =>
        Enumerable.Range(0, count).SelectMany(i => new[] { (first + i) / 1000f, -(first + i) / 1000f }).ToArray();
}
