namespace Auralis.Protocol.Rest;

/// <summary>The REST answer to <c>GET /api/v1/generate/rhythm</c>: a Euclidean or Schillinger pattern.</summary>
/// <param name="Kind">How it was made, such as "euclidean 3/8" or "schillinger 3,2".</param>
/// <param name="LengthTicks">The pattern's length in ticks.</param>
/// <param name="Onsets">Its onsets in time order.</param>
public sealed record GeneratedRhythm(string Kind, int LengthTicks, IReadOnlyList<RhythmOnset> Onsets);

/// <summary>One onset of <see cref="GeneratedRhythm"/>.</summary>
/// <param name="Tick">The start, in ticks from the pattern's start.</param>
/// <param name="DurationTicks">The length in ticks.</param>
/// <param name="Accent">Whether the onset is accented.</param>
public sealed record RhythmOnset(int Tick, int DurationTicks, bool Accent);
