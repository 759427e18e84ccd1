using Auralis.Node.Configuration;

namespace Auralis.Node.Api;

/// <summary>How many offline renders (render and export of audio or notes) the node runs at once; one more waits for none and hears 429.</summary>
/// <remarks>A render is a whole core for as long as it lasts; without a bound, N listeners asking at once would take N cores from the live sessions.</remarks>
public sealed class RenderGate(NodeOptions options)
{
    private readonly SemaphoreSlim _slots = new(Math.Max(1, options.MaxConcurrentRenders));

    /// <summary>A slot to render in, to dispose when the render is done; null when every slot is taken.</summary>
    public IDisposable? TryEnter() => _slots.Wait(0) ? new Slot(_slots) : null;

    private sealed class Slot(SemaphoreSlim slots) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                slots.Release();
            }
        }
    }
}
