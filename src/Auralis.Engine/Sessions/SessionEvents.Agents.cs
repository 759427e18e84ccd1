using Auralis.Engine.Sessions;

namespace Auralis.Engine.Sessions;

/// <summary>What the agents changed in a session: persisted inputs, each under a stable versioned manifest like every session event.</summary>
/// <remarks>
/// Plugin values are keyed <c>voice/instrument/parameter</c> (see <see cref="PluginKeys"/>) and hold normalized values 0..1,
/// so a value set for one instrument is kept, not misapplied, when the voice plays another.
/// </remarks>
public static partial class SessionEvents
{
    /// <summary>Parameters of a voice's instrument changed together, effective at a step.</summary>
    public sealed record InstrumentParametersChanged(SessionId SessionId, string Voice, string Instrument, IReadOnlyDictionary<string, double> Values,
        long AtStep, long AtTick, DateTimeOffset At) : ISessionEvent, ITimedInput;

    /// <summary>An instrument parameter was automated from one normalized value to another over a number of steps, starting at a step.</summary>
    public sealed record ParameterAutomated(SessionId SessionId, string Voice, string Instrument, string Parameter, double From, double To, int Steps,
        long AtStep, long AtTick, DateTimeOffset At) : ISessionEvent, ITimedInput;

    /// <summary>The plugin chain's settings were saved as a preset under a name.</summary>
    public sealed record PresetSaved(SessionId SessionId, string Name, PluginPreset Preset, DateTimeOffset At) : ISessionEvent;

    /// <summary>A preset was loaded: its values take effect together at a step.</summary>
    public sealed record PresetLoaded(SessionId SessionId, string Name, PluginPreset Preset, long AtStep, long AtTick, DateTimeOffset At)
        : ISessionEvent, ITimedInput;

    /// <summary>A motif was imported (from audio or MIDI); the melody develops it from its step on.</summary>
    public sealed record MotifImported(SessionId SessionId, string Source, IReadOnlyList<MotifNote> Notes, int LengthTicks,
        long AtStep, long AtTick, DateTimeOffset At) : ISessionEvent, ITimedInput;

    /// <summary>A sample was added to the session's library: its file and the SHA-256 of its content.</summary>
    public sealed record SampleAdded(SessionId SessionId, string Name, string Path, string Sha256, DateTimeOffset At) : ISessionEvent;
}

/// <summary>The settings of a plugin chain: the session parameters it covers and the instruments' normalized values.</summary>
public sealed record PluginPreset(IReadOnlyDictionary<string, ParameterValue> Values, IReadOnlyDictionary<string, double> Plugins);

/// <summary>One note of an imported motif: start and length in ticks from the motif's start, MIDI pitch and velocity.</summary>
public sealed record MotifNote(long Tick, int DurationTicks, int Pitch, int Velocity);

/// <summary>A sample of the session's library as its state holds it.</summary>
public sealed record LibrarySample(string Name, string Path, string Sha256)
{
    /// <summary>
    /// True when <paramref name="path"/> names a file as the sample store names them, by the hash of its content: the only
    /// files a sample is ever read from, so no journal (one written by an older import, or by hand) can have the node read another.
    /// </summary>
    public static bool IsStoredFile(string path, string sha256) =>
        !string.IsNullOrEmpty(sha256) && StoredExtensions.Any(extension =>
            string.Equals(System.IO.Path.GetFileName(path), sha256 + extension, StringComparison.Ordinal));

    /// <summary>The extensions the store gives its files: WAV samples, SoundFont 2 files and SFZ instruments.</summary>
    public static IReadOnlyList<string> StoredExtensions { get; } = [".wav", ".sf2", ".sfz"];

    /// <summary>True when the sample is a SoundFont (.sf2) or an SFZ instrument rather than a WAV.</summary>
    public bool IsSoundFont => Path.EndsWith(".sf2", StringComparison.Ordinal) || Path.EndsWith(".sfz", StringComparison.Ordinal);
}
