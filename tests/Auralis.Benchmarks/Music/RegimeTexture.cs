namespace Auralis.Benchmarks.Music;

/// <summary>
/// What a regime sounds like apart from its chords, for comparing bull and bear on one seed: drum hits per bar, the
/// melody's mean pitch, mean velocity, notes per beat, and swing (the mean delay, in ticks, of the onsets lying within
/// a thirty-second note of the off-beat eighth, from the exact off-beat; sixteenths either side stay out).
/// </summary>
internal sealed record RegimeTexture(double DrumHitsPerBar, double MeanSopranoPitch, double MeanVelocity, double NotesPerBeat, double SwingTicks)
{
    /// <summary>Two measurements differ when they are more than this fraction apart (of the larger magnitude); mean pitches when two semitones apart.</summary>
    public const double DifferenceThreshold = 0.10;

    public static RegimeTexture Of(MusicTrack track)
    {
        var notes = track.Notes;
        var bars = Math.Max(1, track.Bars);
        var beats = Math.Max(1, track.EndTick / track.TicksPerBeat);
        var melody = track.NotesOf(MusicTrack.Soprano);
        var half = track.TicksPerBeat / 2;
        var reach = track.TicksPerBeat / 8;
        var offBeats = notes.Select(n => n.Note.Tick % track.TicksPerBeat).Where(offset => Math.Abs(offset - half) < reach).ToArray();
        return new RegimeTexture(
            notes.Count(n => n.Voice == MusicTrack.Perc) / (double)bars,
            melody.Count == 0 ? 0 : melody.Average(n => n.Pitch.MidiNumber),
            notes.Count == 0 ? 0 : notes.Average(n => n.Note.Velocity),
            notes.Count / (double)beats,
            offBeats.Length == 0 ? 0 : offBeats.Average(offset => offset - half));
    }

    /// <summary>The measurements by name, in a fixed order.</summary>
    public IReadOnlyList<(string Name, double Value)> Measurements =>
    [
        ("drums/bar", DrumHitsPerBar), ("soprano pitch", MeanSopranoPitch), ("velocity", MeanVelocity), ("notes/beat", NotesPerBeat), ("swing ticks", SwingTicks),
    ];

    /// <summary>How many measurements differ from <paramref name="other"/>'s by more than <see cref="DifferenceThreshold"/>.</summary>
    public int DifferencesFrom(RegimeTexture other) =>
        Measurements.Zip(other.Measurements, (mine, theirs) => Differs(mine.Value, theirs.Value, mine.Name)).Count(differs => differs);

    private static bool Differs(double a, double b, string name)
    {
        if (name == "soprano pitch")
        {
            // A register is heard in semitones: two apart is a different register, whatever the pitch's MIDI number.
            return Math.Abs(a - b) >= 2;
        }

        var scale = Math.Max(Math.Abs(a), Math.Abs(b));
        return scale > 0 && Math.Abs(a - b) / scale > DifferenceThreshold;
    }
}
