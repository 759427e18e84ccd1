namespace Auralis.Audio.Mixing;

/// <summary>The stretch of the renderer's buses a channel strip mixes into: the master and the reverb and delay sends, each stereo.</summary>
public readonly ref struct MixBuses(Span<float> masterLeft, Span<float> masterRight, Span<float> reverbLeft, Span<float> reverbRight, Span<float> delayLeft, Span<float> delayRight)
{
    /// <summary>The master bus, left.</summary>
    public Span<float> MasterLeft { get; } = masterLeft;

    /// <summary>The master bus, right.</summary>
    public Span<float> MasterRight { get; } = masterRight;

    /// <summary>The reverb send, left.</summary>
    public Span<float> ReverbLeft { get; } = reverbLeft;

    /// <summary>The reverb send, right.</summary>
    public Span<float> ReverbRight { get; } = reverbRight;

    /// <summary>The delay send, left.</summary>
    public Span<float> DelayLeft { get; } = delayLeft;

    /// <summary>The delay send, right.</summary>
    public Span<float> DelayRight { get; } = delayRight;
}
