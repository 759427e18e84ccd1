using Auralis.Music.Theory;

namespace Auralis.Market.Mapping;

/// <summary>
/// Turns a price move into a melodic move: <c>semitones = Δ% / (baseStep% / sensitivity)</c>, then the voice's range
/// and the key's scale.
/// </summary>
/// <remarks>
/// <para><see cref="BaseStepPercent"/> is the price move that is worth one semitone at sensitivity 1 (default 0.5 %:
/// a 1 % rise is a whole tone). <see cref="Sensitivity"/> (0.1..10, default 1) divides that step, so a higher
/// sensitivity moves the melody further for the same price change; the original Python multiplied instead, which
/// made "more sensitive" move less.</para>
/// <para>The target pitch is the reference pitch plus the semitones rounded to the nearest whole (halves up), clamped
/// to [<see cref="Low"/>, <see cref="High"/>], then moved to the nearest tone of <see cref="Key"/> inside the range
/// (ties go down). Every stage is monotonic, so a larger rise never gives a lower pitch.</para>
/// </remarks>
public sealed class PricePitchMapping
{
    /// <summary>The lowest allowed sensitivity.</summary>
    public const double MinSensitivity = 0.1;

    /// <summary>The highest allowed sensitivity.</summary>
    public const double MaxSensitivity = 10.0;

    /// <summary>The default price move per semitone at sensitivity 1, in percent.</summary>
    public const double DefaultBaseStepPercent = 0.5;

    private readonly Pitch _lowestInKey;
    private readonly Pitch _highestInKey;

    /// <summary>Creates the mapping for a voice whose range is <paramref name="low"/>..<paramref name="high"/> in <paramref name="key"/>.</summary>
    public PricePitchMapping(Key key, Pitch low, Pitch high, double sensitivity = 1.0, double baseStepPercent = DefaultBaseStepPercent)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (high < low)
        {
            throw new ArgumentException($"The range's high pitch {high} is below its low pitch {low}.", nameof(high));
        }

        if (!double.IsFinite(sensitivity) || sensitivity is < MinSensitivity or > MaxSensitivity)
        {
            throw new ArgumentOutOfRangeException(nameof(sensitivity), sensitivity, $"The sensitivity lies in {MinSensitivity}..{MaxSensitivity}.");
        }

        if (!double.IsFinite(baseStepPercent) || baseStepPercent <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(baseStepPercent), baseStepPercent, "The base step is a positive percentage, e.g. 0.5.");
        }

        _lowestInKey = LowestInKeyFrom(key, low);
        _highestInKey = HighestInKeyUpTo(key, high);
        if (_highestInKey < _lowestInKey)
        {
            throw new ArgumentException($"The range {low}..{high} holds no tone of {key.Name}.", nameof(high));
        }

        Key = key;
        Low = low;
        High = high;
        Sensitivity = sensitivity;
        BaseStepPercent = baseStepPercent;
    }

    /// <summary>The key every mapped pitch belongs to.</summary>
    public Key Key { get; }

    /// <summary>The lowest pitch of the voice's range.</summary>
    public Pitch Low { get; }

    /// <summary>The highest pitch of the voice's range.</summary>
    public Pitch High { get; }

    /// <summary>How far the melody moves for a given price change (0.1..10; higher moves further).</summary>
    public double Sensitivity { get; }

    /// <summary>The price move, in percent, that is one semitone at sensitivity 1.</summary>
    public double BaseStepPercent { get; }

    /// <summary>The unrounded melodic move for a price change of <paramref name="changePercent"/> percent.</summary>
    public double Semitones(double changePercent) => changePercent / (BaseStepPercent / Sensitivity);

    /// <summary>The pitch for a price change of <paramref name="changePercent"/> percent away from <paramref name="from"/>.</summary>
    public Pitch Map(Pitch from, double changePercent)
    {
        if (!double.IsFinite(changePercent))
        {
            throw new ArgumentOutOfRangeException(nameof(changePercent), changePercent, "A price change must be a finite percentage.");
        }

        // Clamp before rounding: a crash can ask for thousands of semitones, far outside int and MIDI.
        var target = Math.Clamp(from.MidiNumber + Semitones(changePercent), Low.MidiNumber, High.MidiNumber);
        var quantized = Key.Quantize(new Pitch((int)Math.Floor(target + 0.5)));
        return quantized < _lowestInKey ? _lowestInKey : quantized > _highestInKey ? _highestInKey : quantized;
    }

    /// <summary>
    /// The pitch for a move from <paramref name="fromPrice"/> (sounding as <paramref name="from"/>) to
    /// <paramref name="toPrice"/>. Pass the previous price and pitch to follow the market step by step, or a fixed
    /// reference price and pitch to tie the melody to a level.
    /// </summary>
    public Pitch Map(double fromPrice, Pitch from, double toPrice)
    {
        if (!double.IsFinite(fromPrice) || fromPrice <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(fromPrice), fromPrice, "A price must be a positive number.");
        }

        if (!double.IsFinite(toPrice) || toPrice <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(toPrice), toPrice, "A price must be a positive number.");
        }

        return Map(from, (toPrice - fromPrice) / fromPrice * 100.0);
    }

    private static Pitch LowestInKeyFrom(Key key, Pitch low)
    {
        var midi = low.MidiNumber;
        while (midi < Pitch.MaxMidi && !key.Contains(new Pitch(midi)))
        {
            midi++;
        }

        return new Pitch(midi);
    }

    private static Pitch HighestInKeyUpTo(Key key, Pitch high)
    {
        var midi = high.MidiNumber;
        while (midi > Pitch.MinMidi && !key.Contains(new Pitch(midi)))
        {
            midi--;
        }

        return new Pitch(midi);
    }
}
