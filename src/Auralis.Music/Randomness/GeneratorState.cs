namespace Auralis.Music.Randomness;

/// <summary>The 256-bit state of a <see cref="SeededRandom"/>, for snapshots and exact forks.</summary>
public readonly record struct GeneratorState(ulong S0, ulong S1, ulong S2, ulong S3);
