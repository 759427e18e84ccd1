using Auralis.Engine.Sessions;

namespace Auralis.Engine.Persistence;

/// <summary>A session's checkpoint in the snapshot store: its state, the step its music resumes from, and the inputs that made it.</summary>
/// <remarks>
/// The music is a pure function of the seed and the timed inputs, so the composer's checkpoint is those inputs and a
/// step: a recovering session composes (without rendering) up to <see cref="ResumeStep"/> and plays on from there.
/// </remarks>
/// <param name="State">The session state after the snapshot's last event.</param>
/// <param name="ResumeStep">The step the music had reached (its generation horizon) when the snapshot was taken.</param>
/// <param name="Inputs">The session's creation and every input and resumption so far, oldest first.</param>
public sealed record SessionSnapshot(SessionState State, long ResumeStep, IReadOnlyList<ISessionEvent> Inputs);
