namespace Auralis.Cli.Playback;

/// <summary>Opens the default output device the way this platform plays sound.</summary>
public static class Speakers
{
    /// <summary>
    /// The speakers for a stream named <paramref name="streamName"/>, or null and why not: WASAPI on Windows, pacat or pw-play
    /// elsewhere (Linux; on macOS neither is usually there, and the message says what is missing).
    /// </summary>
    public static ISpeakers? Open(string streamName, out string? whyNot)
    {
        if (OperatingSystem.IsWindows())
        {
            return WasapiSpeakers.Start(out whyNot);
        }

        return PipeSpeakers.Start(streamName, out whyNot);
    }
}
