using System.Security.Cryptography;
using Auralis.Audio.Analysis;
using Auralis.Audio.Codecs;
using Auralis.Engine.Agents.Pitch;
using Auralis.Engine.Sessions;

namespace Auralis.Engine.Agents.Sample;

/// <summary>Sample files on disk, named by their content's SHA-256 so a stored sample never changes under its hash.</summary>
public static class SampleStore
{
    /// <summary>The longest sample accepted, in seconds.</summary>
    public const double MaxSeconds = 60;

    /// <summary>Checks <paramref name="wav"/>, stores it under <paramref name="folder"/>/<paramref name="id"/>, and returns its path, hash and features.</summary>
    /// <exception cref="FormatException">The bytes are not a readable WAV, or the sample is empty or too long.</exception>
    public static (string Path, string Sha256, SampleFeatures Features) Store(string folder, SessionId id, byte[] wav)
    {
        ArgumentNullException.ThrowIfNull(wav);
        var audio = PitchAnalysis.ReadWav(wav);
        if (audio.Frames == 0 || audio.Seconds > MaxSeconds)
        {
            throw new FormatException($"A sample lasts more than nothing and at most {MaxSeconds} s; this one lasts {audio.Seconds:0.###} s.");
        }

        var features = SampleAnalyzer.Analyze(audio);
        var sha = Convert.ToHexStringLower(SHA256.HashData(wav));
        var directory = System.IO.Path.Combine(folder, id.Value);
        Directory.CreateDirectory(directory);
        var path = System.IO.Path.Combine(directory, sha + ".wav");
        if (!File.Exists(path))
        {
            var temporary = path + ".part";
            File.WriteAllBytes(temporary, wav);
            File.Move(temporary, path, overwrite: true);
        }

        return (path, sha, features);
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
        if (!IsStoredFile(sample.Path, sample.Sha256) || !File.Exists(sample.Path))
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
