using Auralis.Market;
using Auralis.Market.Trading;
using Auralis.Music.Theory;
using Auralis.Music.Time;

namespace Auralis.Engine.Composition;

/// <summary>What a voice knows when it plans a step: where the step lies, the harmony, the price, and the session's dials.</summary>
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
    IReadOnlyList<Trade> Trades);
