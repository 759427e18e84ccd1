namespace Auralis.Engine.Timeline;

/// <summary>Everything a <see cref="SessionTimeline"/> needs to continue exactly where it was (a checkpoint's timeline part).</summary>
public sealed record TimelineState(
    long Step,
    double FrameExact,
    long Tick,
    bool Playing,
    double Bpm,
    int BeatsPerBar,
    int BeatUnit,
    long? LoopStartTick,
    long? LoopEndTick);
