using Auralis.Music.Randomness;

namespace Auralis.Audio.Oscillators;

/// <summary>White and pink noise from the project's seeded generator, so a noise source sounds the same on every run.</summary>
/// <remarks>Pink noise uses Paul Kellet's economy filter (three one-pole sections), accurate to ±0.5 dB above 9 Hz at 44.1 kHz.</remarks>
public sealed class Noise(ulong seed)
{
    private readonly SeededRandom _random = new(seed);
    private float _b0;
    private float _b1;
    private float _b2;

    /// <summary>Uniform white noise in −1..1.</summary>
    public float White() => (_random.NextSingle() * 2f) - 1f;

    /// <summary>Pink noise (−3 dB per octave), roughly −1..1.</summary>
    public float Pink()
    {
        var white = White();
        _b0 = (0.99765f * _b0) + (white * 0.0990460f);
        _b1 = (0.96300f * _b1) + (white * 0.2965164f);
        _b2 = (0.57000f * _b2) + (white * 1.0526913f);
        return (_b0 + _b1 + _b2 + (white * 0.1848f)) * 0.25f;
    }

    /// <summary>Fills <paramref name="output"/> with white noise.</summary>
    public void RenderWhite(Span<float> output)
    {
        for (var i = 0; i < output.Length; i++)
        {
            output[i] = White();
        }
    }
}
