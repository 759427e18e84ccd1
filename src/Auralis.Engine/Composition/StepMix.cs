using Auralis.Audio.Rendering;

namespace Auralis.Engine.Composition;

/// <summary>What a step's inputs change in the renderer at the step's first frame: instruments built anew, then mix changes.</summary>
/// <param name="Frame">The step's first frame, where every change applies.</param>
/// <param name="Swaps">The instruments to build anew, by channel.</param>
/// <param name="Events">Level, pan, effect and instrument-parameter changes.</param>
public sealed record StepMix(long Frame, IReadOnlyList<InstrumentChange> Swaps, IReadOnlyList<RenderEvent> Events)
{
    /// <summary>True when the step changes nothing in the renderer.</summary>
    public bool IsEmpty => Swaps.Count == 0 && Events.Count == 0;
}
