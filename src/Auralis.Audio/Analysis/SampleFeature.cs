namespace Auralis.Audio.Analysis;

/// <summary>The dimensions of the space samples are matched in, each normalized to 0..1.</summary>
/// <remarks>
/// The scales are fixed rather than fitted to a library, so a sample's place does not move when others are added and
/// a request means the same thing to every library. Perceptual quantities are mapped logarithmically.
/// </remarks>
public enum SampleFeature
{
    /// <summary>log duration, 10 ms → 0 to 30 s → 1.</summary>
    Duration,

    /// <summary>RMS level in dBFS, −60 → 0 to 0 → 1.</summary>
    Rms,

    /// <summary>Peak level in dBFS, −60 → 0 to 0 → 1.</summary>
    Peak,

    /// <summary>log spectral centroid, 20 Hz → 0 to 20 kHz → 1.</summary>
    Centroid,

    /// <summary>log zero-crossing rate, 10⁻⁴ per sample → 0 to 1 → 1.</summary>
    ZeroCrossingRate,

    /// <summary>Onsets per second, 0 → 0 to 16 → 1.</summary>
    OnsetRate,

    /// <summary>Pitch as MIDI number / 127, compared only when both sides are pitched.</summary>
    Pitch,

    /// <summary>1 for a pitched sample, 0 for an unpitched one.</summary>
    Pitched,
}
