namespace Auralis.Node.Tests.Speakers;

/// <summary>A fact that needs PulseAudio's server and tools (Debian's pulseaudio and pulseaudio-utils), skipped with the reason when they are missing.</summary>
/// <remarks>xunit v2 has no dynamic skip, so the attribute decides when the test is discovered.</remarks>
public sealed class PulseAudioFactAttribute : FactAttribute
{
    /// <summary>The programs the test runs: the server, the player the CLI starts, and the recorder of the sink's monitor.</summary>
    public static readonly string[] Programs = ["/usr/bin/pulseaudio", "/usr/bin/pacat", "/usr/bin/parec"];

    /// <summary>Skips the test when a program is missing.</summary>
    public PulseAudioFactAttribute()
    {
        if (Programs.FirstOrDefault(p => !File.Exists(p)) is { } missing)
        {
            Skip = $"PulseAudio is not installed ({missing} is missing; .ci/run installs pulseaudio and pulseaudio-utils with apt)";
        }
    }
}
