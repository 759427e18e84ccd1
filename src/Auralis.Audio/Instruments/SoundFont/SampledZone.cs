namespace Auralis.Audio.Instruments.SoundFont;

/// <summary>How a zone's sample loops.</summary>
public enum ZoneLoop
{
    /// <summary>The sample plays once, to its end.</summary>
    None,

    /// <summary>The loop repeats for as long as the voice sounds, release included.</summary>
    Continuous,

    /// <summary>The loop repeats while the key is held; released, the sample plays on to its end.</summary>
    UntilRelease,
}

/// <summary>
/// One playable zone of a sampled instrument, every unit already converted for the render thread: a key and velocity
/// rectangle, float sample frames with their loop, the tuning, the level and pan, the volume envelope and a low-pass
/// filter. What an SF2 region or an SFZ region becomes once it is read.
/// </summary>
/// <remarks>
/// <see cref="Data"/> holds the zone's frames with at least <see cref="Guard"/> frames before <see cref="Start"/> and after
/// <see cref="End"/>, so the four-point interpolation never reads outside the array. Zones of one program share arrays.
/// </remarks>
public sealed record SampledZone
{
    /// <summary>Frames kept before the start and after the end of a zone's data for interpolation.</summary>
    public const int Guard = 4;

    /// <summary>The mono sample frames (shared, never written after loading).</summary>
    public required float[] Data { get; init; }

    /// <summary>The first frame played.</summary>
    public required int Start { get; init; }

    /// <summary>One past the last frame played.</summary>
    public required int End { get; init; }

    /// <summary>The loop's first frame.</summary>
    public int LoopStart { get; init; }

    /// <summary>One past the loop's last frame.</summary>
    public int LoopEnd { get; init; }

    /// <summary>How the sample loops.</summary>
    public ZoneLoop Loop { get; init; }

    /// <summary>The sample rate the frames were recorded at.</summary>
    public required int SampleRate { get; init; }

    /// <summary>Lowest key (inclusive) the zone answers.</summary>
    public int LowKey { get; init; }

    /// <summary>Highest key (inclusive) the zone answers.</summary>
    public int HighKey { get; init; } = 127;

    /// <summary>Lowest velocity (inclusive) the zone answers.</summary>
    public int LowVelocity { get; init; }

    /// <summary>Highest velocity (inclusive) the zone answers.</summary>
    public int HighVelocity { get; init; } = 127;

    /// <summary>The key, in fractional semitones, at which the sample plays at its recorded pitch (tuning folded in).</summary>
    public double RootKey { get; init; } = 60;

    /// <summary>Semitones of pitch per key played (1 for a keyboard; 0 for a drum that sounds the same on every key).</summary>
    public double KeyTracking { get; init; } = 1;

    /// <summary>A key the zone always plays as, whatever key struck it, or −1.</summary>
    public int FixedKey { get; init; } = -1;

    /// <summary>The zone's level as a linear gain (attenuation and volume applied).</summary>
    public float Gain { get; init; } = 1f;

    /// <summary>How much the velocity shapes the level: 1 is the General MIDI curve (velocity/127)², 0 ignores it.</summary>
    public float VelocityTracking { get; init; } = 1f;

    /// <summary>Stereo position, −1 (left) to +1 (right).</summary>
    public float Pan { get; init; }

    /// <summary>The volume envelope.</summary>
    public VolumeEnvelopeShape Envelope { get; init; } = VolumeEnvelopeShape.Default;

    /// <summary>The vibrato oscillator (SF2's vibrato LFO to pitch).</summary>
    public PitchLfo Vibrato { get; init; } = PitchLfo.None;

    /// <summary>The modulation oscillator: its bend of the pitch (SF2's modulation LFO to pitch), and its timing for the cutoff and volume it moves.</summary>
    public PitchLfo ModulationLfo { get; init; } = PitchLfo.None;

    /// <summary>The modulation envelope (SF2's delayModEnv … releaseModEnv), which <see cref="ModulationEnvelopeToPitchCents"/>
    /// and <see cref="ModulationEnvelopeToCutoffCents"/> scale.</summary>
    public ModulationEnvelopeShape ModulationEnvelope { get; init; } = ModulationEnvelopeShape.Default;

    /// <summary>How far the modulation envelope at 1 bends the pitch, in cents (SF2 modEnvToPitch).</summary>
    public double ModulationEnvelopeToPitchCents { get; init; }

    /// <summary>How far the modulation envelope at 1 moves the filter's cutoff, in cents (SF2 modEnvToFilterFc).</summary>
    public double ModulationEnvelopeToCutoffCents { get; init; }

    /// <summary>How far the modulation oscillator at its peak moves the filter's cutoff, in cents (SF2 modLfoToFilterFc).</summary>
    public double ModulationLfoToCutoffCents { get; init; }

    /// <summary>How far the modulation oscillator at its peak raises the level, in centibels (SF2 modLfoToVolume; negative lowers it).</summary>
    public double ModulationLfoToVolumeCentibels { get; init; }

    /// <summary>The low-pass filter's cutoff in hertz, or 0 when the zone is not filtered.</summary>
    public double CutoffHertz { get; init; }

    /// <summary>The low-pass filter's resonance in decibels.</summary>
    public double ResonanceDecibels { get; init; }

    /// <summary>The group a note of this zone belongs to (0: none).</summary>
    public int Group { get; init; }

    /// <summary>The group whose new notes silence this zone's notes (0: none), as a hi-hat pedal chokes an open hat.</summary>
    public int OffBy { get; init; }

    /// <summary>True when the zone answers <paramref name="key"/> struck at <paramref name="velocity"/>.</summary>
    public bool Answers(int key, int velocity) =>
        key >= LowKey && key <= HighKey && velocity >= LowVelocity && velocity <= HighVelocity;
}
