namespace Auralis.Audio.Processing;

/// <summary>Flushes denormal floats to zero: feedback paths that decay towards silence would otherwise crawl on some CPUs.</summary>
public static class Denormals
{
    /// <summary>The magnitude below which a value is flushed.</summary>
    public const float Threshold = 1e-15f;

    /// <summary><paramref name="value"/>, or 0 when it is too small to hear.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static float Flush(float value) => MathF.Abs(value) < Threshold ? 0f : value;
}
