using Auralis.Engine.Timeline;
using Auralis.Music.Form;
using Auralis.Music.Harmony;
using Auralis.Music.Theory;

namespace Auralis.Engine.Clock;

/// <summary>Everything the clock's stage needs to go on exactly from where it was.</summary>
/// <param name="Timeline">The performance timeline.</param>
/// <param name="Conductor">The piece's conductor.</param>
/// <param name="Key">The session's key as the clock has it.</param>
/// <param name="Regime">The regime the next phrase follows (the one the last played step was priced in).</param>
/// <param name="ExpectedTick">The tick the next step starts on if the music runs on unbroken.</param>
/// <param name="LastChord">The chord of the last played step (null before the first).</param>
public sealed record ClockCheckpoint(TimelineState Timeline, ConductorCheckpoint Conductor, Key Key, Regime Regime, long ExpectedTick, PlannedChord? LastChord);

/// <content>Capturing and restoring the clock (the composer's checkpoint).</content>
public sealed partial class HarmonicClockStage
{
    /// <summary>The regime the next phrase of chords follows.</summary>
    public Regime Regime => _regime;

    /// <summary>The state to checkpoint.</summary>
    public ClockCheckpoint Capture() => new(_timeline.State, _conductor.Capture(), _key, _regime, _expectedTick, _lastChord);

    /// <summary>Continues from <paramref name="checkpoint"/> (taken with <see cref="Capture"/> from the clock of the same session).</summary>
    public void Restore(ClockCheckpoint checkpoint)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        ArgumentNullException.ThrowIfNull(checkpoint.Timeline);
        ArgumentNullException.ThrowIfNull(checkpoint.Key);
        if (!Enum.IsDefined(checkpoint.Regime))
        {
            throw new ArgumentOutOfRangeException(nameof(checkpoint), checkpoint.Regime, "Not a regime.");
        }

        _conductor.Restore(checkpoint.Conductor);
        _timeline = new SessionTimeline(checkpoint.Timeline);
        (_key, _regime, _expectedTick, _lastChord) = (checkpoint.Key, checkpoint.Regime, checkpoint.ExpectedTick, checkpoint.LastChord);
    }
}
