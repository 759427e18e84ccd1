namespace Auralis.Audio.Analysis;

/// <summary>One block's fundamental: the frequency in hertz, how periodic the block was (0..1), and whether it was voiced at all.</summary>
/// <param name="Hertz">The fundamental frequency; 0 when unvoiced.</param>
/// <param name="Confidence">1 minus the aperiodicity YIN measured at the chosen period; 0 when unvoiced.</param>
public readonly record struct PitchEstimate(double Hertz, double Confidence)
{
    /// <summary>A block in which no period was found (silence, noise, or a pitch outside the detector's range).</summary>
    public static PitchEstimate Unvoiced => default;

    /// <summary>True when a period was found.</summary>
    public bool IsVoiced => Hertz > 0;
}
