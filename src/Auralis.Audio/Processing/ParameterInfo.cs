namespace Auralis.Audio.Processing;

/// <summary>A parameter of an instrument or effect as a plugin host sees it: normalized 0..1, with a display range, unit and default.</summary>
/// <remarks>
/// Ranges whose minimum is positive and whose maximum is at least 20 times larger (frequencies, times) map
/// exponentially, so equal steps of the control sound like equal steps; the others map linearly.
/// </remarks>
public sealed record ParameterInfo(string Id, float Min, float Max, float Default, string Unit, string Description)
{
    /// <summary>True when the mapping is exponential.</summary>
    public bool IsExponential => Min > 0 && Max / Min >= 20;

    /// <summary>The display value of a normalized value.</summary>
    public float FromNormalized(float normalized)
    {
        var n = Math.Clamp(normalized, 0f, 1f);
        return IsExponential ? Min * MathF.Pow(Max / Min, n) : Min + ((Max - Min) * n);
    }

    /// <summary>The normalized value of a display value.</summary>
    public float ToNormalized(float value)
    {
        var v = Math.Clamp(value, Min, Max);
        return IsExponential ? MathF.Log(v / Min) / MathF.Log(Max / Min) : (v - Min) / (Max - Min);
    }

    /// <summary>The value as people read it, e.g. "1.2 kHz" or "250 ms".</summary>
    public string Display(float normalized)
    {
        var value = FromNormalized(normalized);
        return Unit switch
        {
            "Hz" when value >= 1000 => $"{value / 1000:0.0} kHz",
            "s" when value < 1 => $"{value * 1000:0} ms",
            "" => $"{value:0.00}",
            _ => $"{value:0.##} {Unit}",
        };
    }
}
