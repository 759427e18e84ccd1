namespace Auralis.Audio.Analysis.Loudness;

/// <summary>The K-weighting of ITU-R BS.1770-4 for one channel: a high shelf (the head's acoustic effect) then a high pass (RLB).</summary>
/// <remarks>
/// BS.1770 publishes the coefficients at 48 kHz only. They come from two analog prototypes through the bilinear transform,
/// so the prototypes (centre frequency, gain and Q, as libebur128 states them) are transformed here for any sample rate;
/// at 48 kHz they reproduce the published coefficients. The state is kept in double precision: the high pass sits at
/// 38 Hz, where single precision loses low-frequency accuracy.
/// </remarks>
internal sealed class KWeightingFilter
{
    private const double ShelfHertz = 1681.974450955533;
    private const double ShelfGainDecibels = 3.999843853973347;
    private const double ShelfQ = 0.7071752369554196;
    private const double HighPassHertz = 38.13547087602444;
    private const double HighPassQ = 0.5003270373238773;

    private readonly Biquad _shelf;
    private readonly Biquad _highPass;

    /// <summary>Derives both stages for <paramref name="sampleRate"/>.</summary>
    public KWeightingFilter(int sampleRate)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sampleRate, 8_000);
        _shelf = HighShelf(sampleRate);
        _highPass = HighPass(sampleRate);
    }

    /// <summary>Filters one sample.</summary>
    public double Process(double sample) => _highPass.Process(_shelf.Process(sample));

    /// <summary>Forgets the past signal.</summary>
    public void Reset()
    {
        _shelf.Reset();
        _highPass.Reset();
    }

    /// <summary>The two stages' normalized coefficients (b0, b1, b2, a1, a2) at <paramref name="sampleRate"/>: the shelf, then the high pass.</summary>
    internal static ((double, double, double, double, double) Shelf, (double, double, double, double, double) HighPass) Coefficients(int sampleRate)
    {
        var k = Math.Tan(Math.PI * ShelfHertz / sampleRate);
        var highGain = Math.Pow(10, ShelfGainDecibels / 20);
        // The band gain at the shelf's centre: the prototype's fitted exponent, close to the square root of the high gain.
        var bandGain = Math.Pow(highGain, 0.4996667741545416);
        var a0 = 1 + (k / ShelfQ) + (k * k);
        var shelf = ((highGain + (bandGain * k / ShelfQ) + (k * k)) / a0, 2 * ((k * k) - highGain) / a0,
            (highGain - (bandGain * k / ShelfQ) + (k * k)) / a0, 2 * ((k * k) - 1) / a0, (1 - (k / ShelfQ) + (k * k)) / a0);
        var kh = Math.Tan(Math.PI * HighPassHertz / sampleRate);
        var ah = 1 + (kh / HighPassQ) + (kh * kh);
        return (shelf, (1, -2, 1, 2 * ((kh * kh) - 1) / ah, (1 - (kh / HighPassQ) + (kh * kh)) / ah));
    }

    private static Biquad HighShelf(int sampleRate)
    {
        var (b0, b1, b2, a1, a2) = Coefficients(sampleRate).Shelf;
        return new Biquad(b0, b1, b2, a1, a2);
    }

    // The RLB weighting's published numerator is 1, -2, 1 (unity gain at Nyquist), not the normalized high pass's.
    private static Biquad HighPass(int sampleRate)
    {
        var (b0, b1, b2, a1, a2) = Coefficients(sampleRate).HighPass;
        return new Biquad(b0, b1, b2, a1, a2);
    }
}
