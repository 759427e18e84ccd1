namespace Auralis.Music.Rhythm;

/// <summary>One attack in a rhythm: when it falls (ticks from the pattern's start), how long it lasts, and whether it is accented.</summary>
public readonly record struct Onset(int Tick, int DurationTicks, bool Accent = false);
