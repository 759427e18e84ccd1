using Auralis.Music.Randomness;

namespace Auralis.Audio.Tests.Analysis;

/// <summary>Test signals synthesized in double precision, so what the analysis hears is exactly what the test meant.</summary>
internal static class Signals
{
    /// <summary>A sine of <paramref name="hertz"/> at <paramref name="amplitude"/>.</summary>
    public static float[] Sine(double hertz, int sampleRate, double seconds, double amplitude = 0.5, double phase = 0)
    {
        var samples = new float[(int)(seconds * sampleRate)];
        for (var i = 0; i < samples.Length; i++)
        {
            samples[i] = (float)(amplitude * Math.Sin(phase + (2 * Math.PI * hertz * i / sampleRate)));
        }

        return samples;
    }

    /// <summary>
    /// A harmonic tone: partials 1..5 with amplitudes 1/k, except a fundamental at a tenth of the second partial,
    /// the case where naive peak-picking jumps an octave.
    /// </summary>
    public static float[] Harmonic(double hertz, int sampleRate, double seconds, double amplitude = 0.5)
    {
        double[] partials = [0.05, 1 / 2.0, 1 / 3.0, 1 / 4.0, 1 / 5.0];
        var norm = amplitude / partials.Sum();
        var samples = new float[(int)(seconds * sampleRate)];
        for (var i = 0; i < samples.Length; i++)
        {
            var t = i / (double)sampleRate;
            var sum = 0.0;
            for (var k = 0; k < partials.Length; k++)
            {
                if ((k + 1) * hertz < sampleRate / 2.0)
                {
                    sum += partials[k] * Math.Sin(2 * Math.PI * (k + 1) * hertz * t);
                }
            }

            samples[i] = (float)(norm * sum);
        }

        return samples;
    }

    /// <summary>The instantaneous frequency of the vibrato tone <see cref="Vibrato"/> makes, at <paramref name="seconds"/>.</summary>
    public static double VibratoHertz(double centreHertz, double seconds, double rateHertz = 5.5, double depthCents = 30) =>
        centreHertz * Math.Pow(2, depthCents * Math.Sin(2 * Math.PI * rateHertz * seconds) / 1200);

    /// <summary>A sine whose frequency swings <paramref name="depthCents"/> either side of <paramref name="centreHertz"/> at <paramref name="rateHertz"/>.</summary>
    public static float[] Vibrato(double centreHertz, int sampleRate, double seconds, double rateHertz = 5.5, double depthCents = 30, double amplitude = 0.5)
    {
        var samples = new float[(int)(seconds * sampleRate)];
        var phase = 0.0;
        for (var i = 0; i < samples.Length; i++)
        {
            samples[i] = (float)(amplitude * Math.Sin(phase));
            phase += 2 * Math.PI * VibratoHertz(centreHertz, (i + 0.5) / sampleRate, rateHertz, depthCents) / sampleRate;
        }

        return samples;
    }

    /// <summary>Adds white Gaussian noise <paramref name="snrDecibels"/> below the signal's power, in place.</summary>
    public static float[] WithNoise(float[] samples, double snrDecibels, SeededRandom random)
    {
        var power = samples.Average(s => (double)s * s);
        var sigma = Math.Sqrt(power / Math.Pow(10, snrDecibels / 10));
        for (var i = 0; i < samples.Length; i++)
        {
            samples[i] += (float)(sigma * random.NextGaussian());
        }

        return samples;
    }

    /// <summary>White Gaussian noise with standard deviation <paramref name="sigma"/>.</summary>
    public static float[] Noise(int sampleRate, double seconds, SeededRandom random, double sigma = 0.2)
    {
        var samples = new float[(int)(seconds * sampleRate)];
        for (var i = 0; i < samples.Length; i++)
        {
            samples[i] = (float)(sigma * random.NextGaussian());
        }

        return samples;
    }

    /// <summary>Silence with a short decaying noise burst (a click) starting at each of <paramref name="clickSeconds"/>.</summary>
    public static float[] Clicks(int sampleRate, double seconds, IEnumerable<double> clickSeconds, SeededRandom random)
    {
        var samples = new float[(int)(seconds * sampleRate)];
        var burst = (int)(0.004 * sampleRate);
        foreach (var click in clickSeconds)
        {
            var start = (int)Math.Round(click * sampleRate);
            for (var i = 0; i < burst && start + i < samples.Length; i++)
            {
                samples[start + i] += (float)(0.8 * Math.Exp(-i / (0.001 * sampleRate)) * ((2 * random.NextDouble()) - 1));
            }
        }

        return samples;
    }

    /// <summary>Median of <paramref name="values"/>.</summary>
    public static double Median(IEnumerable<double> values) => Percentile(values, 0.5);

    /// <summary>The <paramref name="fraction"/> percentile (nearest rank) of <paramref name="values"/>.</summary>
    public static double Percentile(IEnumerable<double> values, double fraction)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(fraction * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }
}
