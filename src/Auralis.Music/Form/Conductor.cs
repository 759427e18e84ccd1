using Auralis.Music.Harmony;
using Auralis.Music.Randomness;
using Auralis.Music.Theory;
using Auralis.Music.Time;
using Auralis.Music.VoiceLeading;

namespace Auralis.Music.Form;

/// <summary>
/// The piece's conductor, beat by beat: it leads the form (<see cref="FormConductor"/>), plans each phrase's chords
/// (<see cref="PhrasePlanner"/>) in the section's key, and lays the bass line under each chord as the chord begins, so
/// every voice can hear the harmony and the bass it sounds against.
/// </summary>
/// <remarks>
/// A regime change tells the form the market turned. A phrase is planned when the music reaches a beat its plan does
/// not cover: at the end of the last phrase, or after a seek or a change of metre that leaves it; a loop inside the
/// phrase comes round to the same chords. The form carries on where it was. Each concern draws from its own stream of
/// the seed.
/// </remarks>
public sealed partial class Conductor
{
    private readonly FormConductor _form;
    private readonly PhrasePlanner _planner;
    private readonly SeededRandom _bassRandom;
    private readonly List<PlannedChord> _chords = [];
    private IReadOnlyList<Note> _bass = [];
    private long _bassChordStart = -1;
    private FormMoment? _moment;
    private Regime? _regime;
    private TimeSignature? _signature;
    private Pitch? _lastBass;

    /// <summary>Creates the conductor of a piece seeded with <paramref name="seed"/>.</summary>
    public Conductor(ulong seed)
    {
        _form = new FormConductor(SeededRandom.ForStream(seed, "clock/form"));
        _planner = new PhrasePlanner(SeededRandom.ForStream(seed, "clock/harmony"));
        _bassRandom = SeededRandom.ForStream(seed, "clock/bass");
    }

    /// <summary>The bass's range.</summary>
    public static VoiceRange BassRange { get; } = VoiceRange.Bass;

    /// <summary>Conducts the beat at <paramref name="tick"/>.</summary>
    /// <param name="tick">The beat's first tick.</param>
    /// <param name="key">The session's key.</param>
    /// <param name="signature">The metre.</param>
    /// <param name="regime">The market's regime: it picks the progressions, and a change of it turns the form.</param>
    /// <param name="intensity">The listener's intensity (0..1), which quickens the bass.</param>
    /// <param name="broken">True after a seek or a loop's wrap: the bass line starts afresh.</param>
    public ConductedBeat Beat(long tick, Key key, TimeSignature signature, Regime regime, double intensity, bool broken)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (_regime is { } previous && previous != regime)
        {
            _form.MarketTurned();
        }

        _regime = regime;
        if (_signature != signature)
        {
            _chords.Clear();
            _signature = signature;
        }

        var barTick = tick - (tick % signature.TicksPerBar);
        if (tick == barTick || _moment is null)
        {
            _moment = _form.NextBar();
        }

        var sectionKey = key with { Tonic = key.Tonic + _moment.Section.KeyShift };
        var family = ModeFamilies.Of(sectionKey.Scale);
        if (!_chords.Any(c => c.StartTick <= tick && tick < c.EndTick))
        {
            _chords.Clear();
            _chords.AddRange(_planner.Plan(_moment, regime, family, signature, barTick));
        }

        var index = _chords.FindIndex(c => c.StartTick <= tick && tick < c.EndTick);
        var chord = _chords[index];
        var current = chord.ChordIn(sectionKey);
        var next = index + 1 < _chords.Count ? _chords[index + 1].ChordIn(sectionKey) : RomanNumeral.Parse(family == ModeFamily.Major ? "I" : "i").ChordIn(sectionKey);
        if (broken)
        {
            _lastBass = null;
        }

        if (chord.StartTick != _bassChordStart || tick == chord.StartTick)
        {
            _bass = PlanBass(chord, tick, current, next, sectionKey, signature, intensity);
            _bassChordStart = chord.StartTick;
        }

        return new ConductedBeat(_moment, sectionKey, chord, current, next, tick == chord.StartTick, (int)(chord.EndTick - tick), _bass);
    }

    private IReadOnlyList<Note> PlanBass(PlannedChord chord, long tick, Chord current, Chord next, Key key, TimeSignature signature, double intensity)
    {
        var moment = _moment!;
        var figures = FiguresFor(moment.Section.Kind);
        Span<double> weights = stackalloc double[figures.Length];
        for (var i = 0; i < figures.Length; i++)
        {
            weights[i] = figures[i] switch
            {
                BassFigure.Pedal or BassFigure.RootFifth => 1.3 - intensity,
                BassFigure.Drive => 0.3 + intensity,
                _ => 0.8,
            };
        }

        var figure = figures[_bassRandom.ChooseWeighted(weights)];
        var velocity = (int)Math.Round(52 + (56 * moment.Energy)) + RegimeCharacter.Accent(_regime ?? Regime.Sideways);
        var start = Math.Max(chord.StartTick, tick);
        var notes = BassLine.ForChord(start, (int)(chord.EndTick - start), signature.TicksPerBeat, figure, current, next, key, BassRange, _lastBass,
            velocity, _bassRandom);
        _lastBass = notes.Count > 0 ? notes[^1].Pitch : _lastBass;
        return notes;
    }

    private static BassFigure[] FiguresFor(SectionKind kind) => kind switch
    {
        SectionKind.Intro or SectionKind.Breakdown => [BassFigure.Pedal, BassFigure.RootFifth],
        SectionKind.Statement => [BassFigure.RootFifth, BassFigure.Syncopated, BassFigure.Walking],
        SectionKind.Development => [BassFigure.Walking, BassFigure.Syncopated, BassFigure.Drive],
        SectionKind.Build => [BassFigure.Drive, BassFigure.Walking],
        SectionKind.Return => [BassFigure.Syncopated, BassFigure.Walking, BassFigure.RootFifth],
        _ => [BassFigure.Drive, BassFigure.Walking, BassFigure.Syncopated],
    };
}
