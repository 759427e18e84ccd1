namespace Auralis.Audio.Processing;

/// <summary>A processor whose parameters a plugin host can set by index, as normalized values 0..1.</summary>
public interface IParameterized
{
    /// <summary>The parameters, in index order.</summary>
    IReadOnlyList<ParameterInfo> Parameters { get; }

    /// <summary>Sets parameter <paramref name="index"/> from a normalized value (0..1, clamped).</summary>
    void SetNormalized(int index, float normalized);

    /// <summary>The normalized value (0..1) of parameter <paramref name="index"/>.</summary>
    float GetNormalized(int index);
}
