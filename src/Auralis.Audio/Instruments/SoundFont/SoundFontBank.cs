using NAudio.SoundFont;
using NAudio.Sfz;

namespace Auralis.Audio.Instruments.SoundFont;

/// <summary>One preset of a SoundFont: its General MIDI bank and program, and its name.</summary>
public sealed record SoundFontPreset(int Bank, int Program, string Name);

/// <summary>
/// A SoundFont 2 file or an SFZ instrument, read with NAudio (<c>NAudio.SoundFont</c>, <c>NAudio.Sfz</c>), whose presets
/// become <see cref="SampledProgram"/>s on demand.
/// </summary>
/// <remarks>
/// Reading checks the whole file (every preset's regions are resolved, every sample's frames lie in the sample data), so
/// a malformed file is refused when it is read, never when a note plays. A program's frames are decoded to float the
/// first time it is asked for and kept; that happens off the render thread, as an instrument is built. Thread-safe.
/// </remarks>
public sealed class SoundFontBank
{
    /// <summary>The General MIDI bank of percussion kits.</summary>
    public const int PercussionBank = 128;

    private readonly NAudio.SoundFont.SoundFont? _font;
    private readonly Dictionary<(int Bank, int Program), (Preset Preset, IReadOnlyList<SoundFontRegion> Regions)> _sf2Presets = [];
    private readonly Dictionary<(int Bank, int Program), SampledProgram> _programs = [];
    private readonly SampledProgram? _sfz;
    private readonly Lock _gate = new();

    private SoundFontBank(string name, NAudio.SoundFont.SoundFont? font, SampledProgram? sfz)
    {
        Name = name;
        _font = font;
        _sfz = sfz;
        if (font is not null)
        {
            foreach (var preset in font.Presets)
            {
                _sf2Presets.TryAdd((preset.Bank, preset.PatchNumber), (preset, preset.ResolveRegions()));
            }
        }

        Presets = sfz is not null
            ? [new SoundFontPreset(0, 0, sfz.Name)]
            : _sf2Presets.Keys.Order().Select(k => new SoundFontPreset(k.Bank, k.Program, _sf2Presets[k].Preset.Name ?? string.Empty)).ToArray();
    }

    /// <summary>True for an SFZ instrument, false for a SoundFont 2 file.</summary>
    public bool IsSfz => _sfz is not null;

    /// <summary>The bank's name (its library name or file name).</summary>
    public string Name { get; }

    /// <summary>The presets, by bank then program (an SFZ is one preset, bank 0 program 0).</summary>
    public IReadOnlyList<SoundFontPreset> Presets { get; }

    /// <summary>True when <paramref name="bytes"/> start as a SoundFont 2 file does (a RIFF form of type <c>sfbk</c>).</summary>
    public static bool IsSf2(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= 12 && bytes[..4].SequenceEqual("RIFF"u8) && bytes[8..12].SequenceEqual("sfbk"u8);

    /// <summary>Reads a SoundFont 2 file.</summary>
    /// <exception cref="SoundFontFormatException">The bytes are not a SoundFont 2 file NAudio can read, or it holds no preset or a sample outside its data.</exception>
    public static SoundFontBank ReadSf2(byte[] bytes, string name)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (!IsSf2(bytes))
        {
            throw new SoundFontFormatException($"'{name}' is not a SoundFont 2 file: it does not start with a RIFF 'sfbk' header.");
        }

        NAudio.SoundFont.SoundFont font;
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            font = new NAudio.SoundFont.SoundFont(stream);
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or IOException or ArgumentException
                                      or IndexOutOfRangeException or InvalidOperationException or FormatException or NullReferenceException)
        {
            throw new SoundFontFormatException($"'{name}' is not a readable SoundFont 2 file: {e.Message}", e);
        }

        if (font.Presets is null || font.Presets.Length == 0)
        {
            throw new SoundFontFormatException($"'{name}' holds no preset.");
        }

        Sf2Zones.CheckSamples(font);
        try
        {
            return new SoundFontBank(name, font, null);
        }
        catch (Exception e) when (e is InvalidDataException or ArgumentException or IndexOutOfRangeException or InvalidOperationException or NullReferenceException)
        {
            throw new SoundFontFormatException($"'{name}' has presets that cannot be resolved: {e.Message}", e);
        }
    }

    /// <summary>Checks an SFZ's text without its samples: it parses, and it has a region that names a sample.</summary>
    /// <exception cref="SoundFontFormatException">The text has no region, or a region names no sample.</exception>
    public static void CheckSfz(string text, string name) => ReadSfz(text, name, _ => new SampleData([new float[1]], 48_000));

    /// <summary>Reads an SFZ instrument whose samples <paramref name="sampleOf"/> finds by the path the file gives.</summary>
    /// <exception cref="SoundFontFormatException">The text has no playable region, or a region names a sample that is not there.</exception>
    public static SoundFontBank ReadSfz(string text, string name, Func<string, SampleData?> sampleOf)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sampleOf);
        SfzInstrument sfz;
        try
        {
            sfz = SfzParser.Parse(text);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException)
        {
            throw new SoundFontFormatException($"'{name}' is not a readable SFZ file: {e.Message}", e);
        }

        var program = SfzZones.Build(name, sfz, sampleOf);
        if (program.Count == 0)
        {
            throw new SoundFontFormatException($"The SFZ '{name}' has no region a note can play.");
        }

        return new SoundFontBank(name, null, program);
    }

    /// <summary>
    /// The program at <paramref name="bank"/> and <paramref name="program"/>; General MIDI's fallbacks when the font has
    /// none there: the same program in bank 0 (the standard kit, program 0, for the percussion bank), then the first preset.
    /// </summary>
    public SampledProgram Program(int bank, int program)
    {
        if (_sfz is not null)
        {
            return _sfz;
        }

        var key = _sf2Presets.ContainsKey((bank, program)) ? (bank, program)
            : bank == PercussionBank && _sf2Presets.ContainsKey((bank, 0)) ? (bank, 0)
            : _sf2Presets.ContainsKey((0, program)) ? (0, program)
            : (Presets[0].Bank, Presets[0].Program);
        lock (_gate)
        {
            if (!_programs.TryGetValue(key, out var built))
            {
                var (preset, regions) = _sf2Presets[key];
                built = Sf2Zones.Build(_font!, preset, regions);
                _programs[key] = built;
            }

            return built;
        }
    }
}
