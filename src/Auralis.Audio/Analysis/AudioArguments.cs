namespace Auralis.Audio.Analysis;

/// <summary>The checks every analysis entry point makes, so bad input fails at the door with a clear message.</summary>
internal static class AudioArguments
{
    /// <summary>Refuses empty audio, a sample rate that is not positive, and samples that are NaN or infinite.</summary>
    public static void Validate(ReadOnlySpan<float> samples, int sampleRate, string samplesName = "samples")
    {
        ValidateSampleRate(sampleRate);
        if (samples.IsEmpty)
        {
            throw new ArgumentException("The audio is empty: there is nothing to analyse.", samplesName);
        }

        for (var i = 0; i < samples.Length; i++)
        {
            if (!float.IsFinite(samples[i]))
            {
                throw new ArgumentException($"Sample {i} is {samples[i]}; audio must be finite numbers.", samplesName);
            }
        }
    }

    /// <summary>Refuses a sample rate that is not positive.</summary>
    public static void ValidateSampleRate(int sampleRate)
    {
        if (sampleRate <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(sampleRate), sampleRate, "The sample rate must be a positive number of frames per second.");
        }
    }
}
