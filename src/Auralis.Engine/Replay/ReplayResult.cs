using Auralis.Engine.Composition;

namespace Auralis.Engine.Replay;

/// <summary>What a replay produced: every note played, the steps composed, and how many frames were rendered.</summary>
public sealed record ReplayResult(IReadOnlyList<PlayedNote> Notes, IReadOnlyList<ComposedStep> Steps, long Frames, double BeatsPerMinute);
