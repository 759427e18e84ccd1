using Auralis.Music.Theory;

namespace Auralis.Benchmarks.Music;

/// <summary>How the voices sit against each other: melody over accompaniment, outer-voice parallels, and bass rhythms.</summary>
/// <param name="BelowAltoPercent">Soprano onsets below the highest alto pitch sounding at that tick, in %.</param>
/// <param name="UnisonPercent">Soprano onsets on the same MIDI pitch as a sounding alto note, in %.</param>
/// <param name="ParallelsPer100Motions">
/// Parallel fifths or octaves between soprano and bass per 100 motions. A motion is a pair of consecutive soprano onsets
/// across which the (lowest) sounding bass pitch changed too; it is parallel when both intervals are 0 or both 7 (mod 12)
/// and both voices moved the same way.
/// </param>
/// <param name="BassRhythmsPer16Bars">Distinct bar rhythms of the bass (the set of its onset offsets in the bar; bars without bass not counted) per whole 16-bar window, averaged.</param>
internal sealed record VoiceLeadingFigures(double BelowAltoPercent, double UnisonPercent, double ParallelsPer100Motions, double BassRhythmsPer16Bars)
{
    private const int RhythmWindowBars = 16;

    public static VoiceLeadingFigures Of(MusicTrack track)
    {
        var soprano = TopLine(track.NotesOf(MusicTrack.Soprano));
        var alto = track.NotesOf(MusicTrack.Alto);
        var bass = track.NotesOf(MusicTrack.Bass);
        int below = 0, unison = 0;
        foreach (var note in soprano)
        {
            var sounding = MusicTrack.SoundingAt(alto, note.Tick).ToArray();
            below += sounding.Length > 0 && note.Pitch.MidiNumber < sounding.Max() ? 1 : 0;
            unison += sounding.Contains(note.Pitch.MidiNumber) ? 1 : 0;
        }

        var (motions, parallels) = OuterVoiceMotions(soprano, bass);
        return new VoiceLeadingFigures(
            Statistics.Percent(below, soprano.Count),
            Statistics.Percent(unison, soprano.Count),
            motions == 0 ? 0 : 100.0 * parallels / motions,
            DistinctBassRhythms(track, bass));
    }

    // Where the soprano plays more than one note at a tick, the highest is the melody.
    private static IReadOnlyList<Note> TopLine(IReadOnlyList<Note> notes) =>
        notes.GroupBy(n => n.Tick).Select(g => g.MaxBy(n => n.Pitch.MidiNumber)).OrderBy(n => n.Tick).ToArray();

    private static (int Motions, int Parallels) OuterVoiceMotions(IReadOnlyList<Note> soprano, IReadOnlyList<Note> bass)
    {
        int motions = 0, parallels = 0;
        for (var i = 1; i < soprano.Count; i++)
        {
            if (MusicTrack.LowestAt(bass, soprano[i - 1].Tick) is not { } bassBefore
                || MusicTrack.LowestAt(bass, soprano[i].Tick) is not { } bassAfter
                || bassBefore == bassAfter)
            {
                continue;
            }

            motions++;
            var (before, after) = (soprano[i - 1].Pitch.MidiNumber, soprano[i].Pitch.MidiNumber);
            var intervalBefore = Mod12(before - bassBefore);
            var intervalAfter = Mod12(after - bassAfter);
            var perfect = intervalBefore == intervalAfter && intervalBefore is 0 or 7;
            if (perfect && Math.Sign(after - before) == Math.Sign(bassAfter - bassBefore))
            {
                parallels++;
            }
        }

        return (motions, parallels);
    }

    private static double DistinctBassRhythms(MusicTrack track, IReadOnlyList<Note> bass)
    {
        var windows = track.Bars / RhythmWindowBars;
        if (windows == 0)
        {
            return 0;
        }

        var rhythms = Enumerable.Range(0, windows).Select(window =>
            Enumerable.Range(window * RhythmWindowBars, RhythmWindowBars)
                .Select(bar => string.Join(',', bass.Where(n => n.Tick / track.TicksPerBar == bar).Select(n => n.Tick % track.TicksPerBar).Distinct().Order()))
                .Where(rhythm => rhythm.Length > 0)
                .Distinct()
                .Count());
        return rhythms.Average();
    }

    private static int Mod12(int semitones) => ((semitones % 12) + 12) % 12;
}
