namespace Auralis.Music.Percussion;

/// <summary>One drum stroke: when (absolute tick), which drum, and how hard (1..127).</summary>
public readonly record struct DrumHit(long Tick, Drum Drum, int Velocity);
