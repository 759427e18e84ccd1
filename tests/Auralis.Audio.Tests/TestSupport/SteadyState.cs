namespace Auralis.Audio.Tests;

/// <summary>Brings code to its steady state before allocations are measured.</summary>
internal static class SteadyState
{
    /// <summary>
    /// Runs <paramref name="work"/> several times with pauses between, so tiered compilation has promoted every method
    /// it calls (the runtime waits about 100 ms after the first calls before it recompiles in the background; code being
    /// promoted mid-measurement can allocate on the measuring thread).
    /// </summary>
    public static void WarmUp(Action work)
    {
        for (var round = 0; round < 3; round++)
        {
            work();
            Thread.Sleep(150);
        }

        work();
    }
}
