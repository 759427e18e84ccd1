using Auralis.Audio.Codecs;
using Auralis.Music.Theory;

namespace Auralis.Audio.Analysis;

/// <summary>Intonation analysis of a line: its notes, how many cents each is off equal temperament, and the correction into a key.</summary>
public static class IntonationAnalyzer
{
    /// <summary>The notes of <paramref name="track"/> with their readings and their corrections towards <paramref name="key"/>.</summary>
    public static IReadOnlyList<IntonatedNote> Analyze(PitchTrack track, Key key, NoteSegmenterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(key);
        return NoteSegmenter.Segment(track, options)
            .Select(segment =>
            {
                var reading = segment.Reading;
                return new IntonatedNote(segment, reading, PitchCorrection.Towards(key, NoteReading.MidiOf(segment.MedianHertz)));
            })
            .ToArray();
    }

    /// <summary>The notes of <paramref name="mono"/> audio, tracked with YIN, corrected towards <paramref name="key"/>.</summary>
    public static IReadOnlyList<IntonatedNote> Analyze(ReadOnlySpan<float> mono, int sampleRate, Key key, NoteSegmenterOptions? options = null) =>
        Analyze(PitchTrack.Of(mono, sampleRate), key, options);

    /// <summary>The notes of <paramref name="audio"/> (folded to mono), tracked with YIN, corrected towards <paramref name="key"/>.</summary>
    public static IReadOnlyList<IntonatedNote> Analyze(WavAudio audio, Key key, NoteSegmenterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(audio);
        return Analyze(MonoMix.Of(audio), audio.SampleRate, key, options);
    }
}
