using Auralis.Engine.Timeline;
using Auralis.Music.Form;
using Auralis.Music.Harmony;
using Auralis.Music.Theory;

namespace Auralis.Engine.Clock;

/// <summary>Everything the clock's stage needs to go on exactly from where it was.</summary>
/// <param name="Timeline">The performance timeline.</param>
/// <param name="Conductor">The piece's conductor.</param>
/// <param name="Key">The session's key as the clock has it.</param>
/// <param name="Regime">The regime the next phrase follows (the one the last played step was priced in). The ticker holds it and hands it to
/// the clock with each step; it is kept here, where the journal's checkpoints have always had it.</param>
/// <param name="ExpectedTick">The tick the next step starts on if the music runs on unbroken.</param>
/// <param name="LastChord">The chord of the last played step (null before the first).</param>
public sealed record ClockCheckpoint(TimelineState Timeline, ConductorCheckpoint Conductor, Key Key, Regime Regime, long ExpectedTick, PlannedChord? LastChord);

/// <content>Capturing and restoring the clock (the composer's checkpoint).</content>
public sealed partial class HarmonicClockStage
{
    /// <summary>The state to checkpoint, with the regime the next phrase follows (<paramref name="following"/>, the ticker's).</summary>
    public ClockCheckpoint Capture(Regime following) => new(_timeline.State, _conductor.Capture(), _key, following, _expectedTick, _lastChord);

    /// <summary>Whether the transport plays at the next step.</summary>
    public bool Playing => _timeline.Playing;

    /// <summary>Continues from <paramref name="checkpoint"/> (taken with <see cref="Capture"/> from the clock of the same session).</summary>
    public void Restore(ClockCheckpoint checkpoint)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        ArgumentNullException.ThrowIfNull(checkpoint.Timeline);
        ArgumentNullException.ThrowIfNull(checkpoint.Key);

        _conductor.Restore(checkpoint.Conductor);
        _timeline = new SessionTimeline(checkpoint.Timeline);
        (_key, _expectedTick, _lastChord) = (checkpoint.Key, checkpoint.ExpectedTick, checkpoint.LastChord);
    }
}
