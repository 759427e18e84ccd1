namespace Auralis.Audio.Rendering;

/// <summary>Renders as fast as the machine can: for replay and export, where nobody is listening in real time.</summary>
public sealed class FreeRunningPacer : IPacer
{
    /// <summary>The one instance (it has no state).</summary>
    public static FreeRunningPacer Instance { get; } = new();

    /// <inheritdoc />
    public void AwaitBlock(long firstFrame, CancellationToken cancellationToken) => cancellationToken.ThrowIfCancellationRequested();

    /// <inheritdoc />
    public void Rebase(long frame)
    {
        // No wall clock to move.
    }
}
