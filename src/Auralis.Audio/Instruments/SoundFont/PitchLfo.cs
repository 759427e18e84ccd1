namespace Auralis.Audio.Instruments.SoundFont;

/// <summary>An SF2 low-frequency oscillator bending a zone's pitch: a triangle that starts after a delay, rising from 0.</summary>
/// <remarks>The modulation LFO also moves the filter's cutoff and the volume (<see cref="SampledZone.ModulationLfoToCutoffCents"/>,
/// <see cref="SampledZone.ModulationLfoToVolumeCentibels"/>) by its <see cref="ValueAt"/>, whatever its <see cref="Cents"/>.</remarks>
/// <param name="DelaySeconds">How long after the note starts the oscillator begins.</param>
/// <param name="Hertz">Its frequency.</param>
/// <param name="Cents">How far it bends the pitch at its peaks, up and down (0: the oscillator does nothing).</param>
public sealed record PitchLfo(double DelaySeconds, double Hertz, double Cents)
{
    /// <summary>An oscillator that does not move the pitch.</summary>
    public static PitchLfo None { get; } = new(0, 0, 0);

    /// <summary>The bend in cents <paramref name="seconds"/> after the note started.</summary>
    public double CentsAt(double seconds) => Cents == 0 ? 0 : Cents * ValueAt(seconds);

    /// <summary>The triangle's value, −1 to 1, <paramref name="seconds"/> after the note started (0 during the delay).</summary>
    public double ValueAt(double seconds)
    {
        var running = seconds - DelaySeconds;
        if (running <= 0)
        {
            return 0;
        }

        var phase = (running * Hertz) % 1.0;
        return phase < 0.25 ? 4 * phase : phase < 0.75 ? 2 - (4 * phase) : (4 * phase) - 4;
    }
}
