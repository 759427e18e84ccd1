namespace Auralis.Cli.Playback;

/// <summary>The default audio output device, fed the session's interleaved stereo float samples at 48 kHz as they arrive.</summary>
public interface ISpeakers : IAsyncDisposable
{
    /// <summary>What plays the audio, for the user: "pacat (PulseAudio/PipeWire)", "WASAPI".</summary>
    string Name { get; }

    /// <summary>Why the device stopped taking audio, once <see cref="PlayAsync"/> has answered false.</summary>
    string? Failure { get; }

    /// <summary>
    /// Queues <paramref name="interleaved"/> for playback (copied before the call returns, so the caller may reuse it) and
    /// answers false once the device is gone; then <see cref="Failure"/> says why and nothing more is played.
    /// </summary>
    ValueTask<bool> PlayAsync(ReadOnlyMemory<float> interleaved, CancellationToken cancellationToken);
}
