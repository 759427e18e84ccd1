namespace Auralis.Audio.Rendering;

/// <summary>Drives a <see cref="SessionRenderer"/>: waits for the pacer, renders a block, hands it to the sink.</summary>
/// <remarks>
/// One code path for live and replay: the only difference is the pacer. The block buffer is allocated once; the loop
/// itself allocates nothing.
/// </remarks>
public sealed class RenderLoop(SessionRenderer renderer, IPacer pacer, IAudioBlockSink sink)
{
    private readonly float[] _block = new float[renderer.Spec.MaxBlockFrames * 2];

    /// <summary>Renders one block: waits for the pacer, renders, writes to the sink.</summary>
    public void RenderBlock(CancellationToken cancellationToken = default)
    {
        var first = renderer.Frame;
        pacer.AwaitBlock(first, cancellationToken);
        renderer.Render(_block);
        sink.Write(first, _block);
    }

    /// <summary>Renders blocks until <paramref name="endFrame"/> is reached (the last block may run past it to finish).</summary>
    public void RenderUntil(long endFrame, CancellationToken cancellationToken = default)
    {
        while (renderer.Frame < endFrame)
        {
            RenderBlock(cancellationToken);
        }
    }
}
