using Auralis.Engine.Clock;
using Auralis.Engine.Ticker;
using Auralis.Engine.Voices;

namespace Auralis.Engine.Composition;

/// <summary>
/// The composition's own state at a step boundary — every stage of the <see cref="PipelineState"/>, every seeded stream's
/// position — immutable, so a session restores it and composes on from <see cref="Step"/> instead of from step 0.
/// </summary>
/// <remarks>
/// <para>Format <see cref="CurrentVersion"/> (2). Version 1 was the session snapshot's inputs and step alone, from which
/// the music was composed again from step 0; a snapshot without a checkpoint, or with one of a version this build does
/// not know, is still recovered that way.</para>
/// <para>The inputs waiting for their step are not in it (see <see cref="MergerCheckpoint"/>): they are in the journal,
/// and <see cref="PipelineState.Restore"/> schedules again those due at or after <see cref="Step"/>.</para>
/// </remarks>
/// <param name="Version">The format of the checkpoint.</param>
/// <param name="Step">The next step the restored pipeline composes.</param>
/// <param name="Merger">The session's stage.</param>
/// <param name="Clock">The clock's stage.</param>
/// <param name="Ticker">The ticker's stage.</param>
/// <param name="Voices">The voices, by channel.</param>
public sealed record ComposerCheckpoint(int Version, long Step, MergerCheckpoint Merger, ClockCheckpoint Clock, TickerCheckpoint Ticker,
    IReadOnlyList<VoiceCheckpoint> Voices)
{
    /// <summary>The format this build writes and reads.</summary>
    public const int CurrentVersion = 2;
}
