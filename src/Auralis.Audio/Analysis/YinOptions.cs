namespace Auralis.Audio.Analysis;

/// <summary>The range and the threshold a YIN detector works with.</summary>
/// <param name="MinHertz">The lowest fundamental sought; it sets the longest lag and so the analysis frame.</param>
/// <param name="MaxHertz">The highest fundamental sought; it sets the shortest lag.</param>
/// <param name="Threshold">
/// The absolute threshold on the cumulative mean normalized difference: a dip must fall below it to count as a period.
/// De Cheveigné and Kawahara found 0.1–0.15 a good compromise between octave errors and missed voicing.
/// </param>
public sealed record YinOptions(double MinHertz = 50, double MaxHertz = 2000, double Threshold = 0.15)
{
    /// <summary>The defaults: about G1 to B6, threshold 0.15.</summary>
    public static YinOptions Default { get; } = new();

    /// <summary>Refuses a range or a threshold no detector can work with.</summary>
    public void Validate(int sampleRate)
    {
        AudioArguments.ValidateSampleRate(sampleRate);
        if (!(MinHertz > 0) || !(MaxHertz > MinHertz) || double.IsInfinity(MaxHertz))
        {
            throw new ArgumentException($"The pitch range {MinHertz}..{MaxHertz} Hz must be positive and ascending.");
        }

        if (MaxHertz > sampleRate / 4.0)
        {
            throw new ArgumentException($"At {sampleRate} Hz the highest pitch YIN can resolve is {sampleRate / 4.0} Hz, below the {MaxHertz} Hz asked for.");
        }

        if (!(Threshold is > 0 and < 1))
        {
            throw new ArgumentException($"The YIN threshold {Threshold} must lie strictly between 0 and 1.");
        }
    }
}
