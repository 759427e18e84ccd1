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

    /// <summary>Writes <paramref name="content"/> named by its SHA-256 and <paramref name="extension"/>, as the sample store names files.</summary>
    public (string Path, string Sha256) Stored(byte[] content, string extension)
    {
        Directory.CreateDirectory(Folder);
        var sha = Convert.ToHexStringLower(SHA256.HashData(content));
        var path = Path.Combine(Folder, sha + extension);
        File.WriteAllBytes(path, content);
        return (path, sha);
    }

    /// <summary>A one-second sine at 440 Hz recorded at 44 kHz (exactly 100 frames a period, so it loops seamlessly), as a WAV.</summary>
    public (string Path, string Sha256) LoopableA440()
    {
        var samples = Enumerable.Range(0, 44_000).Select(i => (float)(0.5 * Math.Sin(2 * Math.PI * 440 * i / 44_000))).ToArray();
        using var wav = new MemoryStream();
        WavWriter.Write(wav, new WavAudio(44_000, 1, samples), WavSampleFormat.Float32);
        return Stored(wav.ToArray(), ".wav");
    }

    /// <summary>An SFZ organ that plays <c>a440</c> over the whole keyboard, looped while it sounds.</summary>
    public (string Path, string Sha256) Organ() => Stored(System.Text.Encoding.UTF8.GetBytes(OrganSfz), ".sfz");

    /// <summary>The organ's SFZ text.</summary>
    public const string OrganSfz = "<region> sample=a440.wav pitch_keycenter=69 loop_mode=loop_continuous loop_start=0 loop_end=43999 ampeg_release=0.1\n";

    public void Dispose()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
