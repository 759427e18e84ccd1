using System.Runtime.CompilerServices;

namespace Auralis.Audio.Filters;

/// <summary>One band of a stereo equalizer: a second-order section (RBJ cookbook) applied alike to both channels.</summary>
/// <remarks>
/// Transposed direct form II with double-precision coefficients and state: the master's bands sit as low as 30 Hz, where
/// single-precision state loses the low end's accuracy, and a double costs the scalar loop nothing more than a float.
/// Render-thread safe: processing allocates nothing.
/// </remarks>
public sealed class StereoEqualizerBand
{
    private readonly double _b0;
    private readonly double _b1;
    private readonly double _b2;
    private readonly double _a1;
    private readonly double _a2;
    private double _left1;
    private double _left2;
    private double _right1;
    private double _right2;

    private StereoEqualizerBand(double b0, double b1, double b2, double a0, double a1, double a2) =>
        (_b0, _b1, _b2, _a1, _a2) = (b0 / a0, b1 / a0, b2 / a0, a1 / a0, a2 / a0);

    /// <summary>A section with the given normalized coefficients (a0 = 1).</summary>
    internal static StereoEqualizerBand FromCoefficients(double b0, double b1, double b2, double a1, double a2) => new(b0, b1, b2, 1, a1, a2);

    /// <summary>The normalized coefficients b0, b1, b2, a1, a2 (a0 = 1), for a loop that runs several sections at once.</summary>
    internal (double B0, double B1, double B2, double A1, double A2) Coefficients => (_b0, _b1, _b2, _a1, _a2);

    /// <summary>A high pass of quality <paramref name="q"/> at <paramref name="hertz"/>.</summary>
    public static StereoEqualizerBand HighPass(int sampleRate, double hertz, double q)
    {
        var (cos, alpha) = Angle(sampleRate, hertz, q);
        return new((1 + cos) / 2, -(1 + cos), (1 + cos) / 2, 1 + alpha, -2 * cos, 1 - alpha);
    }

    /// <summary>A peak (or dip) of <paramref name="decibels"/> at <paramref name="hertz"/> with quality <paramref name="q"/>.</summary>
    public static StereoEqualizerBand Peak(int sampleRate, double hertz, double q, double decibels)
    {
        var (cos, alpha) = Angle(sampleRate, hertz, q);
        var a = Math.Pow(10, decibels / 40);
        return new(1 + (alpha * a), -2 * cos, 1 - (alpha * a), 1 + (alpha / a), -2 * cos, 1 - (alpha / a));
    }

    /// <summary>A shelf of <paramref name="decibels"/> below <paramref name="hertz"/> (slope 1).</summary>
    public static StereoEqualizerBand LowShelf(int sampleRate, double hertz, double decibels)
    {
        var (a, cos, root) = Shelf(sampleRate, hertz, decibels);
        return new(a * (a + 1 - ((a - 1) * cos) + root), 2 * a * (a - 1 - ((a + 1) * cos)), a * (a + 1 - ((a - 1) * cos) - root),
            a + 1 + ((a - 1) * cos) + root, -2 * (a - 1 + ((a + 1) * cos)), a + 1 + ((a - 1) * cos) - root);
    }

    /// <summary>A shelf of <paramref name="decibels"/> above <paramref name="hertz"/> (slope 1).</summary>
    public static StereoEqualizerBand HighShelf(int sampleRate, double hertz, double decibels)
    {
        var (a, cos, root) = Shelf(sampleRate, hertz, decibels);
        return new(a * (a + 1 + ((a - 1) * cos) + root), -2 * a * (a - 1 + ((a + 1) * cos)), a * (a + 1 + ((a - 1) * cos) - root),
            a + 1 - ((a - 1) * cos) + root, 2 * (a - 1 - ((a + 1) * cos)), a + 1 - ((a - 1) * cos) - root);
    }

    /// <summary>The band's gain at <paramref name="hertz"/>, in dB: its transfer function on the unit circle.</summary>
    public double DecibelsAt(int sampleRate, double hertz)
    {
        var w = 2 * Math.PI * hertz / sampleRate;
        var (c1, s1, c2, s2) = (Math.Cos(w), Math.Sin(w), Math.Cos(2 * w), Math.Sin(2 * w));
        var (nr, ni) = (_b0 + (_b1 * c1) + (_b2 * c2), -((_b1 * s1) + (_b2 * s2)));
        var (dr, di) = (1 + (_a1 * c1) + (_a2 * c2), -((_a1 * s1) + (_a2 * s2)));
        return 10 * Math.Log10(((nr * nr) + (ni * ni)) / ((dr * dr) + (di * di)));
    }

    /// <summary>Filters both channels of the block in place.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Process(Span<float> left, Span<float> right)
    {
        var (b0, b1, b2, a1, a2) = (_b0, _b1, _b2, _a1, _a2);
        var (l1, l2, r1, r2) = (_left1, _left2, _right1, _right2);
        var frames = Math.Min(left.Length, right.Length);
        for (var i = 0; i < frames; i++)
        {
            double x = left[i], y = right[i];
            var outLeft = (b0 * x) + l1;
            var outRight = (b0 * y) + r1;
            l1 = (b1 * x) - (a1 * outLeft) + l2;
            r1 = (b1 * y) - (a1 * outRight) + r2;
            l2 = (b2 * x) - (a2 * outLeft);
            r2 = (b2 * y) - (a2 * outRight);
            left[i] = (float)outLeft;
            right[i] = (float)outRight;
        }

        // Flush denormals: a state that decays below 1e-20 in silence would otherwise slow every later sample.
        (_left1, _left2, _right1, _right2) = (Flush(l1), Flush(l2), Flush(r1), Flush(r2));
    }

    /// <summary>Forgets the past signal.</summary>
    public void Reset() => (_left1, _left2, _right1, _right2) = (0, 0, 0, 0);

    private static double Flush(double state) => Math.Abs(state) < 1e-20 ? 0 : state;

    private static (double Cos, double Alpha) Angle(int sampleRate, double hertz, double q)
    {
        var w = 2 * Math.PI * hertz / sampleRate;
        return (Math.Cos(w), Math.Sin(w) / (2 * q));
    }

    private static (double A, double Cos, double Root) Shelf(int sampleRate, double hertz, double decibels)
    {
        var a = Math.Pow(10, decibels / 40);
        var w = 2 * Math.PI * hertz / sampleRate;
        // Slope 1: alpha = sin(w)/2 · √2, and the cookbook's 2·√A·alpha term.
        var alpha = Math.Sin(w) / 2 * Math.Sqrt(2);
        return (a, Math.Cos(w), 2 * Math.Sqrt(a) * alpha);
    }
}
