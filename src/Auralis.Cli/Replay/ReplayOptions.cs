using Auralis.Audio.Codecs;
using Auralis.Engine.Persistence;
using Auralis.Engine.Replay;
using Auralis.Engine.Sessions;

namespace Auralis.Cli.Replay;

/// <summary>What <c>auralis replay</c> was asked to do.</summary>
/// <param name="Session">The session to replay.</param>
/// <param name="OutPath">The WAV file to write, or null when only the MIDI is asked for (then no audio is rendered).</param>
/// <param name="MidiPath">The MIDI file to write, or null.</param>
/// <param name="Length">How much to replay.</param>
/// <param name="Journal">Where the journal is.</param>
/// <param name="DataDirectory">The data directory the journal was found through, or null when <c>--journal</c> named it.</param>
/// <param name="Format">The WAV's sample format.</param>
/// <param name="FromFrame">The first frame of the timeline the WAV holds (0: from the start).</param>
/// <param name="Frames">How many frames the WAV holds from <paramref name="FromFrame"/>, or null for all that is replayed.</param>
public sealed record ReplayOptions(
    SessionId Session,
    string? OutPath,
    string? MidiPath,
    ReplayLength Length,
    JournalTarget Journal,
    string? DataDirectory,
    WavSampleFormat Format,
    long FromFrame = 0,
    long? Frames = null);
