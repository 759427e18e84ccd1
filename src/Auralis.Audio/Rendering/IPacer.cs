namespace Auralis.Audio.Rendering;

/// <summary>Decides when the render loop may render its next block: in step with the wall clock, or at once.</summary>
public interface IPacer
{
    /// <summary>Waits until the block starting at <paramref name="firstFrame"/> may be rendered.</summary>
    void AwaitBlock(long firstFrame, CancellationToken cancellationToken);

    /// <summary>
    /// Makes <paramref name="frame"/> the wall clock's now: rendering stood still (the session slept) and picks up from
    /// there, rather than racing to catch up with the time it slept.
    /// </summary>
    void Rebase(long frame);

    /// <summary>
    /// Blocks released after the wall clock had already passed their first frame: the render thread fell behind real
    /// time, and a listener playing at the wall clock ran dry (none for a pacer without a wall clock).
    /// </summary>
    long LateBlocks => 0;
}
