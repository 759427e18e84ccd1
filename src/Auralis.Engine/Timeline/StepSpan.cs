namespace Auralis.Engine.Timeline;

/// <summary>One step of the session's timeline: which step, where it lies in frames, and the music it covers.</summary>
/// <param name="Step">The step's index, counted from the session's first step.</param>
/// <param name="FirstFrame">The first frame of the step on the performance timeline.</param>
/// <param name="FrameCount">How many frames the step lasts.</param>
/// <param name="Tick">The musical tick at the start of the step.</param>
/// <param name="TickCount">How many ticks the step advances the music (0 while stopped).</param>
/// <param name="FramesPerTick">Frames per tick at the step's tempo, to place notes inside it.</param>
public readonly record struct StepSpan(long Step, long FirstFrame, int FrameCount, long Tick, int TickCount, double FramesPerTick)
{
    /// <summary>True when the transport plays during this step.</summary>
    public bool Playing => TickCount > 0;

    /// <summary>The frame just after the step.</summary>
    public long EndFrame => FirstFrame + FrameCount;

    /// <summary>The frame at which <paramref name="tick"/> (inside or after this step) sounds, at this step's tempo.</summary>
    public long FrameOf(long tick) => FirstFrame + (long)Math.Round((tick - Tick) * FramesPerTick, MidpointRounding.AwayFromZero);

    /// <summary>How many frames <paramref name="ticks"/> last at this step's tempo (at least one).</summary>
    public int FramesFor(int ticks) => Math.Max(1, (int)Math.Round(ticks * FramesPerTick, MidpointRounding.AwayFromZero));
}
