namespace Auralis.Audio.Analysis.Loudness;

/// <summary>A second-order section in transposed direct form II, in double precision (a measurement, not a sound).</summary>
internal sealed class Biquad(double b0, double b1, double b2, double a1, double a2)
{
    private double _z1;
    private double _z2;

    /// <summary>Filters one sample.</summary>
    public double Process(double x)
    {
        var y = (b0 * x) + _z1;
        _z1 = (b1 * x) - (a1 * y) + _z2;
        _z2 = (b2 * x) - (a2 * y);
        return y;
    }

    /// <summary>Forgets the past signal.</summary>
    public void Reset() => (_z1, _z2) = (0, 0);
}
