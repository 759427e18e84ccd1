namespace Auralis.Audio.Instruments;

/// <summary>The built-in instruments by the names sessions use for them.</summary>
public static class InstrumentCatalog
{
    /// <summary>The names <see cref="Create"/> knows.</summary>
    public static IReadOnlyList<string> Names { get; } = ["subtractive", "fm", "sampler", "drums", "sine", "soundfont"];

    /// <summary>A new, unprepared instrument named <paramref name="name"/>; <paramref name="seed"/> seeds any noise it makes.</summary>
    public static IInstrument Create(string name, ulong seed = 0) => name switch
    {
        "subtractive" => new SubtractiveSynth(),
        "fm" => new FmSynth(),
        "sampler" => new SamplerInstrument(),
        "drums" => new DrumKitInstrument(seed),
        "sine" => new SineInstrument(),
        "soundfont" => new SoundFont.SoundFontInstrument(),
        _ => throw new ArgumentException($"There is no instrument '{name}'; the instruments are {string.Join(", ", Names)}.", nameof(name)),
    };
}
