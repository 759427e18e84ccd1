using Auralis.Music.Theory;
using Auralis.Music.Time;

namespace Auralis.Music.Harmony;

/// <summary>
/// Counts the music's beats in a time signature and says which chord sounds: the regime's progression, one chord per
/// <c>beatsPerChord</c> beats, moving through its degrees as the beats go by.
/// </summary>
/// <remarks>
/// The chord is a function of the tick: the chord index is the number of whole chord-lengths since the progression in
/// force began, modulo its length, so seeking or looping the transport keeps the harmony in step with the bar. A regime
/// change waits for the next chord boundary so a chord is never cut short; a key change applies from the next beat.
/// This is the seed's fix: the degree moves through the progression instead of being wired to I.
/// </remarks>
public sealed class HarmonicClock
{
    private long _tick;
    private Regime _regime;
    private int _variant;
    private Regime? _pendingRegime;
    private int? _pendingVariant;
    private long _progressionStart;

    /// <summary>Creates a clock at tick 0.</summary>
    public HarmonicClock(Key key, TimeSignature signature, Regime regime, int beatsPerChord = 0, int variant = 0)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentOutOfRangeException.ThrowIfNegative(beatsPerChord);
        _ = RegimeProgressions.For(regime, ModeFamilies.Of(key.Scale), variant);
        Key = key;
        Signature = signature;
        BeatsPerChord = beatsPerChord == 0 ? signature.BeatsPerBar : beatsPerChord;
        (_regime, _variant) = (regime, variant);
    }

    /// <summary>The key the chords are built in.</summary>
    public Key Key { get; private set; }

    /// <summary>The time signature beats are counted in.</summary>
    public TimeSignature Signature { get; }

    /// <summary>How many beats each chord lasts.</summary>
    public int BeatsPerChord { get; }

    /// <summary>The regime whose progression is playing.</summary>
    public Regime Regime => _regime;

    /// <summary>The current tick (the start of the current beat).</summary>
    public long Tick => _tick;

    /// <summary>The current beat's bar, beat and tick.</summary>
    public MusicalPosition Position => Signature.PositionOf(_tick);

    /// <summary>Ticks one chord lasts.</summary>
    public int TicksPerChord => BeatsPerChord * Signature.TicksPerBeat;

    /// <summary>True on the first beat of a bar.</summary>
    public bool IsBarStart => _tick % Signature.TicksPerBar == 0;

    /// <summary>True on the first beat of a chord.</summary>
    public bool IsChordStart => (_tick - _progressionStart) % TicksPerChord == 0;

    /// <summary>The progression in force, as Roman numerals.</summary>
    public IReadOnlyList<RomanNumeral> Progression => RegimeProgressions.For(_regime, ModeFamilies.Of(Key.Scale), _variant);

    /// <summary>The index into the progression of the chord sounding now.</summary>
    public int ChordIndex => IndexAt(_tick);

    /// <summary>The numeral of the chord sounding now ("vi", "V7").</summary>
    public RomanNumeral CurrentDegree => Progression[ChordIndex];

    /// <summary>The chord sounding now.</summary>
    public Chord CurrentChord => CurrentDegree.ChordIn(Key);

    /// <summary>The chord of the next chord change (for approach notes), taking a pending regime into account.</summary>
    public Chord NextChord
    {
        get
        {
            var nextChange = _tick + TicksUntilNextChord;
            if (_pendingRegime is { } regime)
            {
                return RegimeProgressions.For(regime, ModeFamilies.Of(Key.Scale), _pendingVariant ?? 0)[0].ChordIn(Key);
            }

            return Progression[IndexAt(nextChange)].ChordIn(Key);
        }
    }

    /// <summary>Ticks from now to the next chord change.</summary>
    public int TicksUntilNextChord => TicksPerChord - (int)((_tick - _progressionStart) % TicksPerChord);

    /// <summary>The state to checkpoint.</summary>
    public ClockState State => new(_tick, _regime, _variant, _pendingRegime, _pendingVariant, _progressionStart);

    /// <summary>Recreates a clock from a checkpoint.</summary>
    public static HarmonicClock Restore(Key key, TimeSignature signature, int beatsPerChord, ClockState state) =>
        new(key, signature, state.Regime, beatsPerChord, state.Variant)
        {
            _tick = state.Tick,
            _pendingRegime = state.PendingRegime,
            _pendingVariant = state.PendingVariant,
            _progressionStart = state.ProgressionStartTick,
        };

    /// <summary>Moves one beat on; a pending regime takes over if a chord starts there.</summary>
    public void Advance()
    {
        _tick += Signature.TicksPerBeat;
        if (_pendingRegime is { } regime && IsChordStart)
        {
            (_regime, _variant) = (regime, _pendingVariant ?? 0);
            (_pendingRegime, _pendingVariant) = (null, null);
            _progressionStart = _tick;
        }
    }

    /// <summary>Moves to <paramref name="tick"/> (rounded down to a beat), keeping the progression's alignment to bar 0.</summary>
    public void Seek(long tick)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(tick);
        _tick = tick - (tick % Signature.TicksPerBeat);
        _progressionStart = 0;
    }

    /// <summary>Switches to <paramref name="regime"/>'s progression at the next chord boundary.</summary>
    public void ChangeRegime(Regime regime, int variant = 0)
    {
        _ = RegimeProgressions.For(regime, ModeFamilies.Of(Key.Scale), variant);
        if (regime == _regime && variant == _variant)
        {
            (_pendingRegime, _pendingVariant) = (null, null);
            return;
        }

        (_pendingRegime, _pendingVariant) = (regime, variant);
    }

    /// <summary>Builds the chords in <paramref name="key"/> from now on.</summary>
    public void ChangeKey(Key key) => Key = key ?? throw new ArgumentNullException(nameof(key));

    private int IndexAt(long tick)
    {
        var length = Progression.Count;
        var chords = (tick - _progressionStart) / TicksPerChord;
        return (int)(((chords % length) + length) % length);
    }
}
