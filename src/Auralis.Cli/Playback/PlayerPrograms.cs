using Auralis.Protocol.Audio;

namespace Auralis.Cli.Playback;

/// <summary>The Linux players <see cref="PipeSpeakers"/> may start, in the order it tries them, with the arguments for raw float32 stereo 48 kHz on stdin.</summary>
public static class PlayerPrograms
{
    /// <summary>One player: what the user is told, the executable's name, its arguments.</summary>
    public sealed record Player(string Name, string Executable, IReadOnlyList<string> Arguments);

    /// <summary>pacat first (PulseAudio, and PipeWire through its pulse layer), then pw-play (PipeWire alone).</summary>
    public static IReadOnlyList<Player> Candidates(string streamName) =>
    [
        new("pacat (PulseAudio)", "pacat",
            ["--playback", "--raw", "--format=float32le", $"--rate={AudioChunk.SampleRate}", $"--channels={AudioChunk.Channels}", "--client-name=auralis", $"--stream-name={streamName}",
                "--latency-msec=100"]),
        new("pw-play (PipeWire)", "pw-play", ["--format=f32", $"--rate={AudioChunk.SampleRate}", $"--channels={AudioChunk.Channels}", $"--media-name={streamName}", "-"]),
    ];

    /// <summary>The full path of <paramref name="executable"/> on PATH, or null.</summary>
    public static string? Find(string executable)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var folder in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(folder, executable);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
