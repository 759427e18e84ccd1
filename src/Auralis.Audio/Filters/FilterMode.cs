namespace Auralis.Audio.Filters;

/// <summary>Which output of the state-variable filter is heard.</summary>
public enum FilterMode
{
    /// <summary>Passes below the cutoff.</summary>
    LowPass,
    /// <summary>Passes around the cutoff.</summary>
    BandPass,
    /// <summary>Passes above the cutoff.</summary>
    HighPass,
    /// <summary>Removes around the cutoff.</summary>
    Notch,
}
