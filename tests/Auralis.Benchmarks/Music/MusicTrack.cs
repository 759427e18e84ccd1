using Auralis.Engine.Composition;
using Auralis.Music.Theory;
using Auralis.Music.Time;

namespace Auralis.Benchmarks.Music;

/// <summary>
/// A recorded session: every composed step, in order, on the session's metre, with what the meter read. The figures
/// are pure functions of it.
/// </summary>
internal sealed class MusicTrack(MusicCase musicCase, IReadOnlyList<ComposedStep> steps, TimeSignature signature, Key key, int sampleRate, LoudnessFigures loudness)
{
    /// <summary>The voices as the session names them: melody, accompaniment, bass and drums.</summary>
    public const string Soprano = "soprano";
    public const string Alto = "alto";
    public const string Bass = "bass";
    public const string Perc = "perc";

    private PlayedNote[]? _notes;

    public MusicCase Case => musicCase;

    public IReadOnlyList<ComposedStep> Steps => steps;

    public LoudnessFigures Loudness => loudness;

    /// <summary>The session's key (sections may modulate away from it).</summary>
    public Key Key => key;

    public int TicksPerBeat => signature.TicksPerBeat;

    public int TicksPerBar => signature.TicksPerBar;

    public int BeatsPerBar => signature.BeatsPerBar;

    /// <summary>The tick just after the last step.</summary>
    public long EndTick => steps.Count == 0 ? 0 : steps[^1].Span.Tick + steps[^1].Span.TickCount;

    /// <summary>How many whole bars the track holds.</summary>
    public int Bars => (int)(EndTick / TicksPerBar);

    /// <summary>How many seconds of music the track holds.</summary>
    public double Seconds => steps.Count == 0 ? 0 : steps[^1].Span.EndFrame / (double)sampleRate;

    /// <summary>The first steps, those starting before <paramref name="seconds"/>.</summary>
    public MusicTrack Until(double seconds) =>
        new(musicCase, steps.TakeWhile(s => s.Span.FirstFrame < seconds * sampleRate).ToArray(), signature, key, sampleRate, loudness);

    /// <summary>Every note, in onset order.</summary>
    public IReadOnlyList<PlayedNote> Notes => _notes ??= steps.SelectMany(s => s.Notes).OrderBy(n => n.Note.Tick).ToArray();

    /// <summary>The notes of one voice, in onset order.</summary>
    public IReadOnlyList<Note> NotesOf(string voice) => Notes.Where(n => n.Voice == voice).Select(n => n.Note).ToArray();

    /// <summary>When <paramref name="tick"/> sounds, in seconds from the start.</summary>
    public double SecondsAt(long tick)
    {
        var step = steps.LastOrDefault(s => s.Span.Tick <= tick);
        return step is null ? 0 : step.Span.FrameOf(tick) / (double)sampleRate;
    }

    /// <summary>The pitches of <paramref name="notes"/> sounding at <paramref name="tick"/> (started at or before it, not yet ended).</summary>
    public static IEnumerable<int> SoundingAt(IReadOnlyList<Note> notes, long tick) =>
        notes.TakeWhile(n => n.Tick <= tick).Where(n => n.EndTick > tick).Select(n => n.Pitch.MidiNumber);

    /// <summary>The highest pitch of <paramref name="notes"/> sounding at <paramref name="tick"/>, or null in silence.</summary>
    public static int? HighestAt(IReadOnlyList<Note> notes, long tick) => SoundingAt(notes, tick).Select(p => (int?)p).Max();

    /// <summary>The lowest pitch of <paramref name="notes"/> sounding at <paramref name="tick"/>, or null in silence.</summary>
    public static int? LowestAt(IReadOnlyList<Note> notes, long tick) => SoundingAt(notes, tick).Select(p => (int?)p).Min();
}
