using Auralis.Engine.Sessions;

namespace Auralis.Engine.Persistence;

/// <summary>A session's state as stored in the snapshot store, together with the timeline checkpoint the music resumes from.</summary>
/// <param name="State">The session state after the snapshot's last event.</param>
/// <param name="Checkpoint">The composer's serialized checkpoint (opaque JSON owned by the composer), or null before the first one.</param>
public sealed record SessionSnapshot(SessionState State, string? Checkpoint);
