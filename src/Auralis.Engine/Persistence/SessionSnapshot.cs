using Auralis.Engine.Composition;
using Auralis.Engine.Sessions;

namespace Auralis.Engine.Persistence;

/// <summary>A session's checkpoint in the snapshot store: its state, the step its music resumes from, the inputs that made it, and the composition's own state.</summary>
/// <remarks>
/// <para>A recovering session restores <see cref="Composer"/> and composes on from its step (a few steps at most, up to
/// <see cref="ResumeStep"/>), so recovery costs the same whatever the session's age.</para>
/// <para>Without a usable composer checkpoint — a version 1 snapshot (<c>session-snapshot.v1</c>, which had none), or
/// one of a version this build does not read — the music is a pure function of the seed and the timed inputs, so the
/// session composes (without rendering) from step 0 up to <see cref="ResumeStep"/>, as it always could: that is why the
/// inputs stay in the snapshot.</para>
/// </remarks>
/// <param name="State">The session state after the snapshot's last event.</param>
/// <param name="ResumeStep">The step the music had reached (its generation horizon) when the snapshot was taken.</param>
/// <param name="Inputs">The session's creation and every input and resumption so far, oldest first.</param>
/// <param name="Composer">The composition's state at a step at or before <see cref="ResumeStep"/> (null in a version 1 snapshot).</param>
/// <param name="Requests">The events the session's <see cref="RequestLog"/> remembers under their idempotency keys (null before version 3).</param>
/// <param name="Scheduled">Inputs held for a later wall-clock time and not yet applied (null before version 3).</param>
public sealed record SessionSnapshot(SessionState State, long ResumeStep, IReadOnlyList<ISessionEvent> Inputs, ComposerCheckpoint? Composer = null,
    IReadOnlyList<ISessionEvent>? Requests = null, IReadOnlyList<ISessionEvent>? Scheduled = null);
