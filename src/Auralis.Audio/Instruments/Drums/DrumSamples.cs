namespace Auralis.Audio.Instruments.Drums;

/// <summary>The recorded samples that replace the kit's drums, each fitted to the output rate as one channel.</summary>
/// <remarks>
/// A sample loaded before the kit is prepared is fitted when <see cref="Prepare"/> learns the output rate; one loaded
/// after is fitted at once (off the render thread, as <see cref="ISampleSlots"/> asks).
/// </remarks>
internal sealed class DrumSamples
{
    private readonly SampleData?[] _loaded = new SampleData?[Names.Count];
    private readonly float[]?[] _fitted = new float[]?[Names.Count];
    private int _outputRate;

    /// <summary>The slots, in <see cref="DrumKind"/> order: "kick", "snare", "clap", "hat" (closed) and "openHat".</summary>
    public static IReadOnlyList<string> Names { get; } = ["kick", "snare", "clap", "hat", "openHat"];

    /// <summary>The General MIDI pitch that strikes each slot's drum, in the same order.</summary>
    public static IReadOnlyList<int> Pitches { get; } = [36, 38, 39, 42, 46];

    /// <summary>The index of the slot named <paramref name="slot"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="slot"/> is not one of <see cref="Names"/>.</exception>
    public static int IndexOf(string slot)
    {
        for (var index = 0; index < Names.Count; index++)
        {
            if (Names[index] == slot)
            {
                return index;
            }
        }

        throw new ArgumentException($"The drum kit has no slot '{slot}'; its slots are {string.Join(", ", Names)}.", nameof(slot));
    }

    /// <summary>Plays <paramref name="sample"/> for <paramref name="slot"/>'s drum from now on.</summary>
    public void Load(string slot, SampleData sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        var index = IndexOf(slot);
        _loaded[index] = sample;
        _fitted[index] = _outputRate > 0 ? MonoResampler.Fit(sample, _outputRate) : null;
    }

    /// <summary>Fits every loaded sample to <paramref name="outputRate"/>.</summary>
    public void Prepare(int outputRate)
    {
        _outputRate = outputRate;
        for (var i = 0; i < _loaded.Length; i++)
        {
            _fitted[i] = _loaded[i] is { } sample ? MonoResampler.Fit(sample, outputRate) : null;
        }
    }

    /// <summary>The fitted sample that plays <paramref name="kind"/>, or null when the drum is synthesized.</summary>
    public float[]? For(DrumKind kind) => _fitted[(int)kind];
}
