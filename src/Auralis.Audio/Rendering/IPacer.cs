namespace Auralis.Audio.Rendering;

/// <summary>Decides when the render loop may render its next block: in step with the wall clock, or at once.</summary>
public interface IPacer
{
    /// <summary>Waits until the block starting at <paramref name="firstFrame"/> may be rendered.</summary>
    void AwaitBlock(long firstFrame, CancellationToken cancellationToken);
}
