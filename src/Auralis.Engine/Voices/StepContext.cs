using Auralis.Market;
using Auralis.Market.Mapping;
using Auralis.Market.Trading;
using Auralis.Music.Form;
using Auralis.Music.Theory;
using Auralis.Music.Time;
using Auralis.Engine.Steps;

namespace Auralis.Engine.Voices;

/// <summary>What a voice knows when it plans a step: where the step lies, the harmony and form, the price and how it sounds, and the session's dials.</summary>
public sealed record StepContext(
    long Tick,
    int TickCount,
    MusicalPosition Position,
    TimeSignature Signature,
    Key Key,
    ChordReading Harmony,
    double Intensity,
    double Sensitivity,
    PriceMove Move,
    IReadOnlyList<Trade> Trades,
    MarketGesture Gesture = default)
{
    /// <summary>The conductor's reading of the step: form, section key, chord and bass.</summary>
    public ConductedBeat Conducted => Harmony.Conducted;

    /// <summary>True where the regime plays laid back (sideways markets swing their off-beat eighths).</summary>
    public bool Swing => Move.Regime == Music.Harmony.Regime.Sideways;
}
