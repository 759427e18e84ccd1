namespace Auralis.Audio.Instruments.SoundFont;

/// <summary>A playable sampled instrument: one SF2 preset or one SFZ instrument, its zones read and converted.</summary>
/// <remarks>Immutable once built, so any number of instruments (and render threads) may play it.</remarks>
public sealed class SampledProgram
{
    private readonly SampledZone[] _zones;

    /// <summary>Creates a program from its zones.</summary>
    public SampledProgram(string name, IEnumerable<SampledZone> zones)
    {
        ArgumentNullException.ThrowIfNull(zones);
        Name = name ?? throw new ArgumentNullException(nameof(name));
        _zones = zones.ToArray();
    }

    /// <summary>The preset's or the instrument's name.</summary>
    public string Name { get; }

    /// <summary>The zones, in the order the file lists them.</summary>
    public ReadOnlySpan<SampledZone> Zones => _zones;

    /// <summary>How many zones the program has.</summary>
    public int Count => _zones.Length;

    /// <summary>The zone at <paramref name="index"/>.</summary>
    public SampledZone this[int index] => _zones[index];
}
