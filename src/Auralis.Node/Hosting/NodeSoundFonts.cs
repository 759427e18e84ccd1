using System.Security.Cryptography;
using Auralis.Audio.Instruments.SoundFont;
using Auralis.Engine.Agents.Sample;
using Auralis.Engine.Sessions;

namespace Auralis.Node.Hosting;

/// <summary>The node's <c>--soundfont</c> files, checked and copied into the sample store under their hash at start-up.</summary>
/// <remarks>
/// A session reads a sample only from a file the store named by its SHA-256, so the node's fonts are stored like an
/// upload (once: a name that is a hash never changes content); a voice that names one adds it to its session's library.
/// </remarks>
public static class NodeSoundFonts
{
    /// <summary>The folder, under the sample store, that holds the node's fonts.</summary>
    public const string Folder = "soundfonts";

    /// <summary>The fonts at <paramref name="paths"/>, by their file name without extension, stored under <paramref name="sampleFolder"/>.</summary>
    /// <exception cref="FormatException">A path is missing, not a SoundFont 2 file, or two share a name.</exception>
    public static IReadOnlyDictionary<string, LibrarySample> Store(IReadOnlyList<string> paths, string sampleFolder)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var fonts = new Dictionary<string, LibrarySample>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var name = Path.GetFileNameWithoutExtension(path);
            if (!File.Exists(path))
            {
                throw new FormatException($"--soundfont {path}: there is no such file.");
            }

            if (fonts.ContainsKey(name))
            {
                throw new FormatException($"--soundfont {path}: another SoundFont is already named '{name}'.");
            }

            var bytes = File.ReadAllBytes(path);
            try
            {
                SoundFontBank.ReadSf2(bytes, name);
            }
            catch (SoundFontFormatException e)
            {
                throw new FormatException($"--soundfont {path}: {e.Message}", e);
            }

            var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
            fonts[name] = new LibrarySample(name, SampleStore.Put(Path.Combine(sampleFolder, Folder), sha + ".sf2", bytes), sha);
        }

        return fonts;
    }
}
