using Auralis.Audio.Rendering;

namespace Auralis.Engine.Synthesis;

/// <summary>What the control plane tells the render thread: an event to schedule, or how far material now reaches.</summary>
/// <param name="Event">The event to schedule (ignored for a horizon).</param>
/// <param name="Horizon">For a horizon: the first frame not yet covered by composed material.</param>
/// <param name="IsHorizon">True for a horizon, false for an event.</param>
public readonly record struct RenderCommand(RenderEvent Event, long Horizon, bool IsHorizon)
{
    /// <summary>Schedule <paramref name="renderEvent"/>.</summary>
    public static RenderCommand Schedule(in RenderEvent renderEvent) => new(renderEvent, 0, false);

    /// <summary>Material is composed up to (not including) <paramref name="frame"/>.</summary>
    public static RenderCommand ComposedUpTo(long frame) => new(default, frame, true);
}
