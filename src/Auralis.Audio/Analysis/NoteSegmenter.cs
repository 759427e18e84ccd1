namespace Auralis.Audio.Analysis;

/// <summary>Cuts a pitch track into notes: runs of confident frames whose pitch stays near the run's mean.</summary>
/// <remarks>
/// A frame that strays from the running mean on its own is a glitch (an octave slip, a consonant) and is skipped; two
/// strays in a row that agree with each other start a new note there. Pitch is compared in fractional MIDI numbers,
/// so the same cents mean the same distance in every register.
/// </remarks>
public static class NoteSegmenter
{
    /// <summary>The notes of <paramref name="track"/>, in time order.</summary>
    public static IReadOnlyList<NoteSegment> Segment(PitchTrack track, NoteSegmenterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(track);
        options ??= NoteSegmenterOptions.Default;
        options.Validate();
        var split = options.SplitCents / 100;
        var notes = new List<NoteSegment>();
        var run = new List<PitchFrame>();
        var sum = 0.0;
        var frames = track.Frames;

        void Close()
        {
            if (run.Count > 0)
            {
                var segment = ToSegment(run, track.HopSeconds);
                if (segment.DurationSeconds >= options.MinNoteSeconds)
                {
                    notes.Add(segment);
                }
            }

            run.Clear();
            sum = 0;
        }

        for (var i = 0; i < frames.Count; i++)
        {
            var frame = frames[i];
            if (!IsConfident(frame, options))
            {
                Close();
                continue;
            }

            var midi = NoteReading.MidiOf(frame.Estimate.Hertz);
            if (run.Count > 0 && Math.Abs(midi - (sum / run.Count)) > split)
            {
                var next = i + 1 < frames.Count && IsConfident(frames[i + 1], options) ? NoteReading.MidiOf(frames[i + 1].Estimate.Hertz) : double.NaN;
                var agreed = Math.Abs(next - midi) <= split && Math.Abs(next - (sum / run.Count)) > split;
                if (!agreed)
                {
                    continue;
                }

                Close();
            }

            run.Add(frame);
            sum += midi;
        }

        Close();
        return notes;
    }

    private static bool IsConfident(PitchFrame frame, NoteSegmenterOptions options) =>
        frame.Estimate.IsVoiced && frame.Estimate.Confidence >= options.MinConfidence;

    private static NoteSegment ToSegment(List<PitchFrame> run, double hopSeconds)
    {
        var hertz = run.Select(f => f.Estimate.Hertz).Order().ToArray();
        var median = hertz.Length % 2 == 1
            ? hertz[hertz.Length / 2]
            : Math.Sqrt(hertz[(hertz.Length / 2) - 1] * hertz[hertz.Length / 2]);
        return new NoteSegment(run[0].Seconds - (hopSeconds / 2), run[^1].Seconds + (hopSeconds / 2), median, run.Count);
    }
}
