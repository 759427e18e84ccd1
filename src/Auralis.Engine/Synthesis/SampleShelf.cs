using System.Collections.Immutable;
using System.Security.Cryptography;
using Auralis.Audio.Analysis;
using Auralis.Audio.Codecs;
using Auralis.Audio.Instruments;
using Auralis.Audio.Instruments.SoundFont;
using Auralis.Engine.Sessions;

namespace Auralis.Engine.Synthesis;

/// <summary>The sound of a session's library samples, read from their files the first time an instrument plays one.</summary>
/// <remarks>
/// A sample is named once and its file is named by its hash, so what a name sounds like never changes: live and replay
/// read the same bytes. A sample plays back unchanged at the pitch its analysis hears (middle C when it is unpitched).
/// Not thread-safe: each user (the synthesis actor, a replay) keeps its own.
/// </remarks>
public sealed class SampleShelf
{
    // The pitch is read from the sample's start: enough for a steady note, and short enough that the synthesis actor,
    // which reads a sample the first time a swap names it, never holds up the render thread's material for long.
    private static readonly TimeSpan PitchWindow = TimeSpan.FromSeconds(2);

    private readonly Dictionary<string, SampleData?> _byHash = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SoundFontBank?> _fonts = new(StringComparer.Ordinal);
    private readonly HashSet<string> _unplayable = new(StringComparer.Ordinal);
    private IReadOnlyDictionary<string, LibrarySample> _library;

    /// <summary>A shelf for the samples of <paramref name="library"/>, by name.</summary>
    public SampleShelf(IReadOnlyDictionary<string, LibrarySample> library) => _library = library ?? throw new ArgumentNullException(nameof(library));

    /// <summary>A shelf with no samples: every instrument plays its built-in sounds.</summary>
    public static SampleShelf Empty => new(ImmutableSortedDictionary<string, LibrarySample>.Empty);

    /// <summary>Samples asked for whose file was missing, changed or unreadable, by name (the instrument kept its built-in sound).</summary>
    public IReadOnlySet<string> Unplayable => _unplayable;

    /// <summary>Takes in the library as it is now (a session's library only grows).</summary>
    public void Restock(IReadOnlyDictionary<string, LibrarySample> library) => _library = library ?? throw new ArgumentNullException(nameof(library));

    /// <summary>The sound of the sample named <paramref name="name"/>, or null when the library has none or its file cannot be played.</summary>
    public SampleData? Find(string name)
    {
        if (!_library.TryGetValue(name, out var sample) || sample.IsSoundFont)
        {
            return null;
        }

        if (!_byHash.TryGetValue(sample.Sha256, out var data))
        {
            data = Read(sample);
            _byHash[sample.Sha256] = data;
        }

        if (data is null)
        {
            _unplayable.Add(name);
        }

        return data;
    }

    /// <summary>
    /// The SoundFont or SFZ named <paramref name="name"/>, or null when the library has none or its file cannot be played.
    /// An SFZ's samples are the library's samples, by the file name its regions give (with or without <c>.wav</c>).
    /// </summary>
    public SoundFontBank? FindSoundFont(string name)
    {
        if (!_library.TryGetValue(name, out var sample) || !sample.IsSoundFont)
        {
            return null;
        }

        if (!_fonts.TryGetValue(sample.Sha256, out var bank))
        {
            bank = SoundFontCache.Find(sample.Sha256) ?? ReadFont(sample);
            _fonts[sample.Sha256] = bank;
        }

        if (bank is null)
        {
            _unplayable.Add(name);
        }

        return bank;
    }

    /// <summary>The library sample an SFZ region's path names: the library's name for its file name, with or without its extension.</summary>
    public SampleData? FindForSfz(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var file = System.IO.Path.GetFileName(path);
        return Find(file) ?? Find(System.IO.Path.GetFileNameWithoutExtension(file));
    }

    // The bytes of a stored file, or null when it is not one the store names, is gone, or no longer matches its hash.
    private static byte[]? StoredBytes(LibrarySample sample)
    {
        if (!LibrarySample.IsStoredFile(sample.Path, sample.Sha256))
        {
            return null;
        }

        var bytes = File.ReadAllBytes(sample.Path);
        return Convert.ToHexStringLower(SHA256.HashData(bytes)) == sample.Sha256 ? bytes : null;
    }

    private SoundFontBank? ReadFont(LibrarySample sample)
    {
        try
        {
            if (StoredBytes(sample) is not { } bytes)
            {
                return null;
            }

            var bank = sample.Path.EndsWith(".sf2", StringComparison.Ordinal)
                ? SoundFontBank.ReadSf2(bytes, sample.Name)
                : SoundFontBank.ReadSfz(System.Text.Encoding.UTF8.GetString(bytes), sample.Name, FindForSfz);
            SoundFontCache.Keep(sample.Sha256, bank);
            return bank;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SoundFontFormatException)
        {
            return null;
        }
    }

    private static SampleData? Read(LibrarySample sample)
    {
        try
        {
            if (StoredBytes(sample) is not { } bytes)
            {
                return null;
            }

            var audio = WavReader.Parse(bytes);
            var mono = audio.Channel(0);
            var pitch = SampleAnalyzer.PitchOf(mono.AsSpan(0, Math.Min(mono.Length, (int)(PitchWindow.TotalSeconds * audio.SampleRate))), audio.SampleRate);
            var root = pitch is { } hertz ? Math.Clamp((int)Math.Round(NoteReading.MidiOf(hertz)), 0, 127) : 60;
            // Converted to the session's rate once, here, so every instrument reads it frame for frame.
            return SampleRateConversion.To(SampleData.From(audio, root, sample.Name), Audio.Processing.AudioSpec.Session.SampleRate);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or AudioFormatException)
        {
            return null;
        }
    }
}
