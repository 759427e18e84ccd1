using Auralis.Audio.Analysis;
using Auralis.Audio.Codecs;
using Auralis.Engine.Replay;
using Auralis.Engine.Sessions;

namespace Auralis.Engine.Agents;

/// <summary>A request a session forwards to one of its agents (<c>agents/pitch|sample|vst|io</c>).</summary>
/// <remarks>Asked through the shard region, it may travel to the node that hosts the session, and its answer back.</remarks>
public interface IAgentRequest : IWithSessionId, IClusterMessage;

/// <summary>What the pitch agent is asked: analysis of audio, a motif heard in audio or MIDI, a check of the session's own intonation.</summary>
public static class PitchRequests
{
    /// <summary>Analyze a WAV file's notes against the session's key.</summary>
    public sealed record AnalyzePitch(SessionId SessionId, byte[] Wav) : IAgentRequest;

    /// <summary>Turn a WAV or Standard MIDI File into a motif for the melody (persisted as a motif import).</summary>
    public sealed record ImportMotifFile(SessionId SessionId, byte[] File) : IAgentRequest;

    /// <summary>Listen to the last <paramref name="Seconds"/> of the session's own output and report its intonation.</summary>
    public sealed record CheckIntonation(SessionId SessionId, double Seconds) : IAgentRequest;

    /// <summary>The notes heard in audio, with how far each is from the key's nearest tone.</summary>
    public sealed record PitchAnalyzed(SessionId SessionId, IReadOnlyList<NoteAnalysis> Notes, double Seconds) : IWithSessionId, IClusterMessage;
}

/// <summary>What the sample agent is asked: to store a sample, list the library, find the nearest sample.</summary>
public static class SampleRequests
{
    /// <summary>Store a WAV file under <paramref name="Name"/> in the library (persisted as a sample addition).</summary>
    public sealed record UploadSample(SessionId SessionId, string Name, byte[] Wav) : IAgentRequest;

    /// <summary>List the library with each sample's features.</summary>
    public sealed record ListSamples(SessionId SessionId) : IAgentRequest;

    /// <summary>Find the <paramref name="Count"/> samples nearest to <paramref name="Request"/>.</summary>
    public sealed record FindNearestSample(SessionId SessionId, SampleRequest Request, int Count = 1) : IAgentRequest;

    /// <summary>
    /// Fill each slot of the drum kit with the library sample nearest to the built-in drum it replaces (persisted as the
    /// <c>kit.{slot}</c> parameters, so it applies at a step like any change); answered by <see cref="KitAssigned"/>.
    /// </summary>
    public sealed record AssignKit(SessionId SessionId) : IAgentRequest;

    /// <summary>The kit chosen from the library (slot → sample) and the tick it applies at (null when the kit was already this one).</summary>
    public sealed record KitAssigned(SessionId SessionId, IReadOnlyDictionary<string, string> Kit, long? AtTick) : IWithSessionId, IClusterMessage;

    /// <summary>The library (or the matches of a request), nearest first for a match.</summary>
    public sealed record SamplesListed(SessionId SessionId, IReadOnlyList<SampleEntry> Samples) : IWithSessionId, IClusterMessage;
}

/// <summary>What the VST agent is asked: the plugin chain and the presets.</summary>
public static class VstRequests
{
    /// <summary>Read the plugin chain: each voice's instrument with its parameters, and the master effects.</summary>
    public sealed record GetPlugins(SessionId SessionId) : IAgentRequest;

    /// <summary>List the saved presets.</summary>
    public sealed record ListPresets(SessionId SessionId) : IAgentRequest;

    /// <summary>The plugin chain as it stands.</summary>
    public sealed record PluginsRead(SessionId SessionId, Vst.PluginChain Chain) : IWithSessionId, IClusterMessage;

    /// <summary>The saved presets, by name.</summary>
    public sealed record PresetsListed(SessionId SessionId, IReadOnlyDictionary<string, PluginPreset> Presets) : IWithSessionId, IClusterMessage;
}

/// <summary>What the IO agent is asked: exports of the session, and imports into it.</summary>
public static class IoRequests
{
    /// <summary>Export the session as a JSON backup (<c>json</c>), a WAV (<c>wav</c>) or a Standard MIDI File (<c>mid</c>).</summary>
    public sealed record ExportSession(SessionId SessionId, string Format, ReplayLength Length, WavSampleFormat WavFormat = WavSampleFormat.Float32) : IAgentRequest;

    /// <summary>Import a price CSV (date,price) as one batch of observed prices.</summary>
    public sealed record ImportPriceCsv(SessionId SessionId, string Csv) : IAgentRequest;

    /// <summary>An export: its bytes, media type and file name.</summary>
    public sealed record SessionExported(SessionId SessionId, byte[] Content, string ContentType, string FileName) : IWithSessionId, IClusterMessage;
}

/// <summary>One note heard in audio: where, what, how far off, and the key's nearest tone to correct it to.</summary>
public sealed record NoteAnalysis(double StartSeconds, double EndSeconds, string Note, double Hertz, double Cents, string Suggestion, double CorrectionCents,
    bool InTune);

/// <summary>A sample of the library with its features (and its distance to a request when it answers one).</summary>
public sealed record SampleEntry(string Name, string Sha256, SampleFeatures Features, double? Distance = null);
