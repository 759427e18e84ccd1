namespace Auralis.Protocol.Rest;

/// <summary>One note a generator wrote: start and length in ticks (480 a quarter), MIDI pitch, its name, and velocity.</summary>
/// <param name="Tick">The start, in ticks from the first bar.</param>
/// <param name="DurationTicks">The length in ticks.</param>
/// <param name="Pitch">The MIDI note number.</param>
/// <param name="Name">The pitch's name, such as C4.</param>
/// <param name="Velocity">The MIDI velocity, 1 to 127.</param>
public sealed record GeneratedNote(long Tick, int DurationTicks, int Pitch, string Name, int Velocity);

/// <summary>The REST answer to <c>GET /api/v1/generate/notes</c> as JSON: <c>{"notes": [...]}</c>.</summary>
/// <param name="Notes">The melody's notes in time order.</param>
public sealed record GeneratedNotes(IReadOnlyList<GeneratedNote> Notes);

/// <summary>The REST answer to <c>POST /api/v1/generate/pattern</c> as JSON: the motif expanded over bars.</summary>
/// <param name="Key">The key the motif was read in, such as "C major".</param>
/// <param name="Plan">The transformation applied in each bar.</param>
/// <param name="Notes">The expanded notes in time order.</param>
public sealed record GeneratedPattern(string Key, IReadOnlyList<string> Plan, IReadOnlyList<GeneratedNote> Notes);
