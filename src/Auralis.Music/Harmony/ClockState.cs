namespace Auralis.Music.Harmony;

/// <summary>Everything a <see cref="HarmonicClock"/> needs to continue exactly: position, progression in force, and what is pending.</summary>
public sealed record ClockState(long Tick, Regime Regime, int Variant, Regime? PendingRegime, int? PendingVariant, long ProgressionStartTick);
