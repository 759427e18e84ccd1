using Auralis.Music.Randomness;

namespace Auralis.Music.Melody;

/// <summary>Everything a <see cref="MelodyLine"/> needs to continue exactly: its last note, the motion into it, and its generator.</summary>
public sealed record MelodyState(int? LastPitch, int LastInterval, long SoundingUntil, GeneratorState Generator);
