using Auralis.Audio.Codecs;
using Auralis.Music.Motifs;
using Auralis.Music.Theory;

namespace Auralis.Audio.Analysis;

/// <summary>Turns a recording of a sung or played line into a <see cref="Motif"/> the voices can develop.</summary>
/// <remarks>
/// The line is tracked with YIN, cut into notes, and each note's start and end are snapped to the grid at the given
/// tempo, counted from the first note's start (the performer's downbeat, not the file's); a note that snaps to nothing
/// (shorter than about one grid step) is dropped. Pitches are the nearest
/// equal-tempered pitches as heard, not forced into the key: the key only labels the motif, so a
/// chromatic passing note survives. The first note lands on tick 0 and the motif lasts to the end of its last note.
/// </remarks>
public static class MotifTranscriber
{
    /// <summary>The motif heard in <paramref name="audio"/> (mono or stereo, folded to mono) in <paramref name="key"/>.</summary>
    public static Motif Transcribe(WavAudio audio, Key key, TranscriptionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(audio);
        return Transcribe(MonoMix.Of(audio), audio.SampleRate, key, options);
    }

    /// <summary>The motif heard in <paramref name="mono"/> audio at <paramref name="sampleRate"/> in <paramref name="key"/>.</summary>
    /// <exception cref="ArgumentException">The audio is empty or not finite, or no note in it lasts a grid step.</exception>
    public static Motif Transcribe(ReadOnlySpan<float> mono, int sampleRate, Key key, TranscriptionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(key);
        options ??= TranscriptionOptions.Default;
        options.Validate();
        var track = PitchTrack.Of(mono, sampleRate, options.Yin);
        var notes = Quantize(NoteSegmenter.Segment(track, options.Segmenter), options);
        if (notes.Count == 0)
        {
            throw new ArgumentException("No pitched note in the audio lasts a grid step, so there is no motif to hear.", nameof(mono));
        }

        // A dropped first note leaves the grid where it was, but the motif still starts on its first kept note.
        var offset = notes[0].Tick;
        return Motif.Of(key, notes.Select(n => n with { Tick = n.Tick - offset }).ToArray());
    }

    /// <summary>The segments as notes on the grid from the first one's start, the ones that snap to nothing dropped.</summary>
    internal static IReadOnlyList<Note> Quantize(IReadOnlyList<NoteSegment> segments, TranscriptionOptions options)
    {
        var gridSeconds = options.GridTicks * options.SecondsPerTick;
        var downbeat = segments.Count == 0 ? 0 : segments[0].StartSeconds;
        var notes = new List<Note>(segments.Count);
        var previousEnd = 0L;
        foreach (var segment in segments)
        {
            var start = Math.Max(previousEnd, Snap(segment.StartSeconds - downbeat, gridSeconds) * options.GridTicks);
            var end = Snap(segment.EndSeconds - downbeat, gridSeconds) * options.GridTicks;
            if (end <= start)
            {
                continue;
            }

            notes.Add(new Note(start, checked((int)(end - start)), segment.Reading.Nearest, options.Velocity));
            previousEnd = end;
        }

        return notes;
    }

    private static long Snap(double seconds, double gridSeconds) => (long)Math.Round(Math.Max(0, seconds) / gridSeconds, MidpointRounding.AwayFromZero);
}
