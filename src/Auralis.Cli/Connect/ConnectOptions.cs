using Auralis.Protocol.Audio;
using Auralis.Protocol.Messages;

namespace Auralis.Cli.Connect;

/// <summary>What <c>auralis connect</c> was asked to do.</summary>
/// <param name="Session">The session id.</param>
/// <param name="Endpoint">Where the node listens, and over which transport.</param>
/// <param name="Token">The token, when the node wants one.</param>
/// <param name="Settings">Parameters to change once welcomed, in order.</param>
/// <param name="RecordPath">The WAV to record into, or null.</param>
/// <param name="Seconds">How long to record (in audio frames from the first chunk) or, without a recording, to stay connected.</param>
/// <param name="Audio">The audio format to ask for.</param>
/// <param name="Play">True to play the audio through the default output device (off with <c>--no-play</c>).</param>
/// <param name="OtherEndpoints">More nodes of the same cluster, tried in turn when the connection is lost.</param>
public sealed record ConnectOptions(
    string Session,
    NodeEndpoint Endpoint,
    string? Token,
    IReadOnlyList<(string Name, WireValue Value)> Settings,
    string? RecordPath,
    double? Seconds,
    AudioFormat Audio,
    bool Play = false,
    IReadOnlyList<NodeEndpoint>? OtherEndpoints = null)
{
    /// <summary>Every node to try, the first first.</summary>
    public IReadOnlyList<NodeEndpoint> Endpoints => [Endpoint, .. OtherEndpoints ?? []];

    /// <summary>The frames to record: <see cref="Seconds"/> at 48 kHz, or null to record until the connection ends.</summary>
    public long? RecordFrames => Seconds is { } s ? (long)Math.Round(s * AudioChunk.SampleRate) : null;
}
