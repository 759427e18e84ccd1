using System.Security.Cryptography;
using Auralis.Audio.Codecs;

namespace Auralis.Engine.Tests.TestSupport;

/// <summary>WAV files of test tones in a temporary folder, removed afterwards.</summary>
internal sealed class SampleFiles : IDisposable
{
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "auralis-samples-" + Guid.NewGuid().ToString("N"));

    /// <summary>Writes <paramref name="seconds"/> of a decaying sine at <paramref name="hertz"/>, named by its SHA-256 as the sample store names files, and returns its path and hash.</summary>
    public (string Path, string Sha256) Tone(string name, double hertz, double seconds = 0.5, int sampleRate = 44_100)
    {
        Directory.CreateDirectory(Folder);
        var frames = (int)(seconds * sampleRate);
        var samples = Enumerable.Range(0, frames)
            .Select(i => (float)(0.8 * Math.Exp(-3.0 * i / frames) * Math.Sin(2 * Math.PI * hertz * i / sampleRate)))
            .ToArray();
        var written = Path.Combine(Folder, name + ".wav");
        WavWriter.Write(written, new WavAudio(sampleRate, 1, samples), WavSampleFormat.Pcm16);
        var sha = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(written)));
        var path = Path.Combine(Folder, sha + ".wav");
        File.Move(written, path, overwrite: true);
        return (path, sha);
    }

    public void Dispose()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
