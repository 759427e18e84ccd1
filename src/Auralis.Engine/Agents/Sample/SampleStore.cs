using System.Security.Cryptography;
using Auralis.Audio.Analysis;
using Auralis.Audio.Codecs;
using Auralis.Audio.Instruments;
using Auralis.Audio.Instruments.SoundFont;
using Auralis.Engine.Agents.Pitch;
using Auralis.Engine.Sessions;

namespace Auralis.Engine.Agents.Sample;

/// <summary>Sample files on disk, named by their content's SHA-256 so a stored sample never changes under its hash.</summary>
public static class SampleStore
{
    /// <summary>The longest sample accepted, in seconds.</summary>
    public const double MaxSeconds = 60;

    /// <summary>
    /// Checks <paramref name="content"/> — a WAV sample, a SoundFont 2 file or an SFZ instrument —, stores it under
    /// <paramref name="folder"/>/<paramref name="id"/>, and returns its path, hash and features (none for a SoundFont).
    /// </summary>
    /// <param name="folder">The store's folder.</param>
    /// <param name="id">The session whose library the file joins.</param>
    /// <param name="content">The uploaded bytes.</param>
    /// <param name="sfzSamples">Finds the WAV samples an SFZ plays, by the path it gives; null checks an SFZ's text alone.</param>
    /// <exception cref="FormatException">The bytes are not a readable WAV, SoundFont or SFZ, or the sample is empty or too long.</exception>
    public static (string Path, string Sha256, SampleFeatures? Features) Store(string folder, SessionId id, byte[] content, Func<string, SampleData?>? sfzSamples = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        var (extension, features) = Check(content, sfzSamples);
        var sha = Convert.ToHexStringLower(SHA256.HashData(content));
        var directory = System.IO.Path.Combine(folder, id.Value);
        return (Put(directory, sha + extension, content), sha, features);
    }

    /// <summary>Writes <paramref name="content"/> as <paramref name="directory"/>/<paramref name="name"/> unless it is there (a name is a hash, so its content never differs).</summary>
    public static string Put(string directory, string name, byte[] content)
    {
        Directory.CreateDirectory(directory);
        var path = System.IO.Path.Combine(directory, name);
        if (!File.Exists(path))
        {
            var temporary = path + ".part";
            File.WriteAllBytes(temporary, content);
            File.Move(temporary, path, overwrite: true);
        }

        return path;
    }

    private static (string Extension, SampleFeatures? Features) Check(byte[] content, Func<string, SampleData?>? sfzSamples)
    {
        if (SoundFontBank.IsSf2(content))
        {
            SoundFontBank.ReadSf2(content, "the upload");
            return (".sf2", null);
        }

        if (SfzText.Of(content) is { } sfz)
        {
            if (sfzSamples is null)
            {
                SoundFontBank.CheckSfz(sfz, "the upload");
            }
            else
            {
                SoundFontBank.ReadSfz(sfz, "the upload", sfzSamples);
            }

            return (".sfz", null);
        }

        var audio = PitchAnalysis.ReadWav(content);
        if (audio.Frames == 0 || audio.Seconds > MaxSeconds)
        {
            throw new FormatException($"A sample lasts more than nothing and at most {MaxSeconds} s; this one lasts {audio.Seconds:0.###} s.");
        }

        return (".wav", SampleAnalyzer.Analyze(audio));
    }

    /// <summary>True when <paramref name="path"/> names a file as the store names them (<see cref="LibrarySample.IsStoredFile"/>).</summary>
    public static bool IsStoredFile(string path, string sha256) => LibrarySample.IsStoredFile(path, sha256);

    /// <summary>The bytes of a stored sample, or null when its file is gone, is not a stored file, or no longer matches its hash.</summary>
    public static byte[]? Content(string path, string sha256)
    {
        if (!IsStoredFile(path, sha256))
        {
            return null;
        }

        try
        {
            var bytes = File.ReadAllBytes(path);
            return Convert.ToHexStringLower(SHA256.HashData(bytes)) == sha256 ? bytes : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The features of a stored sample, or null when its file is gone, is not a stored file, or no longer matches its hash.</summary>
    public static SampleFeatures? Load(LibrarySample sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        if (sample.IsSoundFont || !IsStoredFile(sample.Path, sample.Sha256) || !File.Exists(sample.Path))
        {
            return null;
        }

        var bytes = File.ReadAllBytes(sample.Path);
        if (Convert.ToHexStringLower(SHA256.HashData(bytes)) != sample.Sha256)
        {
            return null;
        }

        try
        {
            return SampleAnalyzer.Analyze(WavReader.Parse(bytes));
        }
        catch (AudioFormatException)
        {
            return null;
        }
    }
}
