namespace Auralis.Protocol.Rest;

/// <summary>The REST answer to <c>GET /api/v1/sessions/{id}/render?format=json</c>: the replay's notes and length, without audio.</summary>
/// <param name="Session">The session's id.</param>
/// <param name="Frames">The render's length in frames (48 kHz).</param>
/// <param name="Notes">Every note played, in time order.</param>
public sealed record RenderPlan(string Session, long Frames, IReadOnlyList<RenderedNote> Notes);

/// <summary>One note of <see cref="RenderPlan"/>.</summary>
/// <param name="Tick">The start in ticks.</param>
/// <param name="Frame">The start in frames of the session's timeline.</param>
/// <param name="Voice">The voice that played it.</param>
/// <param name="Pitch">The MIDI note number.</param>
/// <param name="Velocity">The MIDI velocity.</param>
/// <param name="DurationTicks">The length in ticks.</param>
public sealed record RenderedNote(long Tick, long Frame, string Voice, int Pitch, int Velocity, int DurationTicks);
