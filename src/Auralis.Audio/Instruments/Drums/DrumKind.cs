namespace Auralis.Audio.Instruments.Drums;

/// <summary>The kit's five drums, in the order of its sample slots.</summary>
internal enum DrumKind
{
    Kick,
    Snare,
    Clap,
    ClosedHat,
    OpenHat,
}

/// <summary>Which drum a General MIDI pitch strikes, and how long each rings.</summary>
internal static class DrumKinds
{
    /// <summary>Pitch 36 is the kick, 38 the snare, 39 the clap, 42 the closed hat and 46 the open hat; other pitches play the nearest.</summary>
    public static DrumKind Of(int pitch) => pitch switch
    {
        <= 37 => DrumKind.Kick,
        38 or 40 => DrumKind.Snare,
        39 => DrumKind.Clap,
        <= 44 => DrumKind.ClosedHat,
        _ => DrumKind.OpenHat,
    };

    /// <summary>Seven time constants: each drum stops once its decay has fallen 60 dB, so the cut is inaudible.</summary>
    public static float LengthSeconds(DrumKind kind) => kind switch
    {
        DrumKind.Kick => 7 * 0.16f,
        DrumKind.Snare => 7 * 0.07f,
        DrumKind.Clap => 0.03f + (7 * 0.06f),
        DrumKind.ClosedHat => 7 * 0.018f,
        _ => 7 * 0.12f,
    };

    /// <summary>The per-frame factor of a decay falling by 1/e in <paramref name="seconds"/>.</summary>
    public static float Decay(float seconds, float sampleRate) => MathF.Exp(-1f / (seconds * sampleRate));
}
