using Auralis.Music.Randomness;
using Auralis.Music.Theory;
using Auralis.Music.Time;
using Auralis.Music.VoiceLeading;

namespace Auralis.Music.Melody;

/// <summary>A melody composed one beat at a time under constraints, steered towards a target pitch when one is given.</summary>
/// <remarks>
/// <para>The rules: every note belongs to the key; a note on a strong beat is a chord tone (one in the key when the chord
/// has any); no interval exceeds <see cref="MaxLeap"/>; a leap larger than a major third is followed by a step the
/// other way, so leaps are only taken inside a beat, where the next note is a weak one; the line stays in its range.
/// The last bar of each phrase ends on a long cadence note: the tonic when the final chord holds it, else its root, or a
/// nearer tone of the final chord when those lie more than a third away.</para>
/// <para>Intensity (0..1) sets the density: at 0 a note every other beat, around 0.5 quarters and eighths, at 1
/// eighths and sixteenths. A target pitch (from the price) pulls the choice of note towards it within the rules.
/// Every random draw comes from the line's own seeded generator, in a fixed order per beat.</para>
/// </remarks>
public sealed class MelodyLine
{
    private const int LargestStep = 2;
    private const int LargestSmallLeap = Interval.MajorThird;
    private readonly SeededRandom _random;
    private int? _lastPitch;
    private int _lastInterval;
    private long _soundingUntil;

    /// <summary>Creates a line in <paramref name="key"/> drawing from <paramref name="random"/>.</summary>
    public MelodyLine(Key key, TimeSignature signature, VoiceRange range, SeededRandom random, int maxLeap = Interval.MajorSixth, int phraseBars = 4)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(range);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLeap, 1);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(phraseBars);
        if (!Enumerable.Range(range.Low.MidiNumber, range.High.MidiNumber - range.Low.MidiNumber + 1).Any(m => key.Contains(new Pitch(m))))
        {
            throw new ArgumentException($"The range {range} holds no tone of {key.Name}.", nameof(range));
        }

        Key = key;
        Signature = signature;
        Range = range;
        MaxLeap = maxLeap;
        PhraseBars = phraseBars;
        _random = random ?? throw new ArgumentNullException(nameof(random));
    }

    /// <summary>The key every note belongs to.</summary>
    public Key Key { get; set; }

    /// <summary>The metre, for strong beats and phrase ends.</summary>
    public TimeSignature Signature { get; }

    /// <summary>The pitches the line may use.</summary>
    public VoiceRange Range { get; }

    /// <summary>The largest interval between two notes, in semitones.</summary>
    public int MaxLeap { get; }

    /// <summary>Bars per phrase; the last bar of each ends on a cadence.</summary>
    public int PhraseBars { get; }

    /// <summary>The state to checkpoint.</summary>
    public MelodyState State => new(_lastPitch, _lastInterval, _soundingUntil, _random.State);

    /// <summary>A line that continues exactly where the checkpointed one stood, with its own generator restored.</summary>
    public static MelodyLine Resume(Key key, TimeSignature signature, VoiceRange range, MelodyState state, int maxLeap = Interval.MajorSixth, int phraseBars = 4) =>
        new(key, signature, range, SeededRandom.FromState(state.Generator), maxLeap, phraseBars)
        {
            _lastPitch = state.LastPitch,
            _lastInterval = state.LastInterval,
            _soundingUntil = state.SoundingUntil,
        };

    /// <summary>The notes starting in the beat at <paramref name="tick"/>, over <paramref name="chord"/>.</summary>
    public IReadOnlyList<Note> NextBeat(long tick, Chord chord, double intensity, Pitch? target = null)
    {
        ArgumentNullException.ThrowIfNull(chord);
        if (!(intensity is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(intensity), intensity, "Intensity lies in 0..1.");
        }

        var beatTicks = Signature.TicksPerBeat;
        var position = Signature.PositionOf(tick);
        var strong = Signature.IsStrongBeat(position.Beat);
        var phraseEnd = position.Bar % PhraseBars == PhraseBars - 1;
        var lastStrongBeat = Enumerable.Range(0, Signature.BeatsPerBar).Last(Signature.IsStrongBeat);

        // Fixed draws per beat, whatever happens, so one beat's choices never shift the next beat's stream.
        var holdDraw = _random.NextDouble();
        var splitDraw = _random.NextDouble();
        var quarterDraw = _random.NextDouble();
        Span<double> noteDraws = stackalloc double[4];
        for (var i = 0; i < noteDraws.Length; i++)
        {
            noteDraws[i] = _random.NextDouble();
        }

        if (phraseEnd && position.Beat > lastStrongBeat)
        {
            return [];
        }

        if (phraseEnd && position.Beat == lastStrongBeat)
        {
            var barEnd = (position.Bar + 1) * Signature.TicksPerBar;
            var cadence = Cadence(chord);
            return [Emit(tick, (int)(barEnd - tick), cadence, 104)];
        }

        if (!strong && tick < _soundingUntil)
        {
            return [];
        }

        if (!strong && holdDraw < Math.Clamp(0.6 - (intensity * 1.2), 0, 1))
        {
            return [];
        }

        var parts = splitDraw < Math.Clamp((intensity * 1.6) - 0.3, 0, 1) ? (quarterDraw < Math.Clamp((intensity - 0.6) * 2, 0, 1) ? 4 : 2) : 1;
        var holdsTwoBeats = parts == 1 && intensity < 0.25 && strong;
        var notes = new List<Note>(parts);
        for (var part = 0; part < parts; part++)
        {
            var lastInBeat = part == parts - 1;
            var chordTone = strong && part == 0;
            var pitch = Choose(chord, chordTone, allowLeap: !lastInBeat, target, noteDraws[part]);
            var duration = holdsTwoBeats ? beatTicks * 2 : beatTicks / parts;
            notes.Add(Emit(tick + (part * (beatTicks / parts)), duration, pitch, chordTone ? 96 : part == 0 ? 84 : 74));
        }

        return notes;
    }

    /// <summary>A whole passage: one chord per bar, <see cref="NextBeat"/> on every beat.</summary>
    public IReadOnlyList<Note> Compose(IReadOnlyList<Chord> chordsPerBar, double intensity, long startTick = 0, Func<long, Pitch?>? target = null)
    {
        var notes = new List<Note>();
        for (var bar = 0; bar < chordsPerBar.Count; bar++)
        {
            for (var beat = 0; beat < Signature.BeatsPerBar; beat++)
            {
                var tick = startTick + ((long)bar * Signature.TicksPerBar) + ((long)beat * Signature.TicksPerBeat);
                notes.AddRange(NextBeat(tick, chordsPerBar[bar], intensity, target?.Invoke(tick)));
            }
        }

        return notes;
    }

    private Note Emit(long tick, int duration, Pitch pitch, int velocity)
    {
        _lastInterval = _lastPitch is { } last ? pitch.MidiNumber - last : 0;
        _lastPitch = pitch.MidiNumber;
        _soundingUntil = tick + duration;
        return new Note(tick, duration, pitch, velocity);
    }

    // The cadence lands on the tonic (or, when the final chord lacks it, the chord's root) no more than a major third
    // away; failing that on the nearest tone of the final chord that close, so the next phrase never has to step back
    // from a leap; and only when neither is in reach, on the nearest goal tone anywhere in the range.
    private Pitch Cadence(Chord chord)
    {
        var goal = chord.Contains(Key.Tonic) ? Key.Tonic : chord.Root;
        var from = _lastPitch is { } last ? new Pitch(last) : Range.Centre;
        var tones = Tones();
        var goals = tones.Where(p => p.PitchClass == goal).ToArray();
        var nearGoal = goals.Where(p => Math.Abs(p - from) <= LargestSmallLeap).ToArray();
        if (nearGoal.Length > 0)
        {
            return nearGoal.MinBy(p => Math.Abs(p - from));
        }

        var nearChordTone = tones.Where(p => chord.Contains(p) && Math.Abs(p - from) <= LargestSmallLeap).ToArray();
        if (nearChordTone.Length > 0)
        {
            return nearChordTone.MinBy(p => Math.Abs(p - from));
        }

        return (goals.Length > 0 ? goals : [.. tones.Where(chord.Contains)]).MinBy(p => Math.Abs(p - from));
    }

    private Pitch Choose(Chord chord, bool chordTone, bool allowLeap, Pitch? target, double draw)
    {
        var tones = Tones();
        IEnumerable<Pitch> pool = tones;
        if (chordTone)
        {
            var chordTones = tones.Where(chord.Contains).ToArray();
            pool = chordTones.Length > 0 ? chordTones : tones;
        }

        if (_lastPitch is { } last)
        {
            var from = new Pitch(last);
            if (Math.Abs(_lastInterval) > LargestSmallLeap)
            {
                // After a leap: a step back the other way.
                var back = -Math.Sign(_lastInterval);
                var steps = pool.Where(p => Math.Sign(p - from) == back && Math.Abs(p - from) <= LargestStep).ToArray();
                if (steps.Length > 0)
                {
                    pool = steps;
                }
            }
            else
            {
                var largest = allowLeap ? MaxLeap : LargestSmallLeap;
                var near = pool.Where(p => Math.Abs(p - from) <= largest).ToArray();
                pool = near.Length > 0 ? near : pool.OrderBy(p => Math.Abs(p - from)).Take(1).ToArray();
            }
        }

        var candidates = pool.ToArray();
        var aim = target is { } t ? Math.Clamp(t.MidiNumber, Range.Low.MidiNumber, Range.High.MidiNumber) : (int?)null;
        var weights = candidates.Select(p => Weight(p, aim)).ToArray();
        var total = weights.Sum();
        var threshold = draw * total;
        for (var i = 0; i < candidates.Length; i++)
        {
            threshold -= weights[i];
            if (threshold < 0)
            {
                return candidates[i];
            }
        }

        return candidates[^1];
    }

    // Prefer stepwise motion, and notes near the target when there is one.
    private double Weight(Pitch candidate, int? aim)
    {
        var motion = _lastPitch is { } last ? Math.Abs(candidate.MidiNumber - last) : 0;
        var smooth = motion == 0 ? 0.5 : 1.0 / (1 + (motion * 0.35));
        var pull = aim is { } a ? Math.Exp(-Math.Abs(candidate.MidiNumber - a) / 2.5) : 1.0;
        return smooth * (0.15 + pull);
    }

    private IReadOnlyList<Pitch> Tones()
    {
        var tones = new List<Pitch>();
        for (var midi = Range.Low.MidiNumber; midi <= Range.High.MidiNumber; midi++)
        {
            var pitch = new Pitch(midi);
            if (Key.Contains(pitch))
            {
                tones.Add(pitch);
            }
        }

        return tones;
    }
}
