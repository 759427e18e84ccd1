using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Runtime.Serialization;
using System.Text.Json;
using Akka.Actor;
using Akka.Serialization;
using Auralis.Engine.Agents;
using Auralis.Engine.Persistence;
using Auralis.Engine.Sessions;
using Auralis.Engine.Listeners;
using static Auralis.Engine.Sessions.SessionCommands;
using static Auralis.Engine.Sessions.SessionQueries;
using static Auralis.Engine.Listeners.FeedMessages;
using static Auralis.Engine.Listeners.SessionOutputs;

namespace Auralis.Engine.Remoting;

/// <summary>
/// Serializes what travels between nodes — commands, queries and their answers, agent requests and their answers, what sessions publish, and the feed
/// to another node's listeners — under short stable manifests: JSON for messages, a raw little-endian layout for audio.
/// </summary>
/// <remarks>Bound in hocon/serialization.conf to <see cref="IClusterMessage"/>. Audio is copied bit for bit, so a listener on another node hears the exact samples.</remarks>
public sealed class SessionMessageSerializer : SerializerWithStringManifest
{
    /// <summary>The serializer's id, registered in hocon/serialization.conf.</summary>
    public const int Id = 4101;

    private const string AudioManifest = "feed-audio.v1";

    private static readonly Dictionary<Type, string> OutputManifests = new()
    {
        [typeof(NotePlayed)] = "note-played.v1",
        [typeof(ChordChanged)] = "chord-changed.v1",
        [typeof(PriceMoved)] = "price-moved.v1",
        [typeof(TradeMade)] = "trade-made.v1",
        [typeof(TransportMoved)] = "transport-moved.v1",
        [typeof(ParameterScheduled)] = "parameter-scheduled.v1",
        [typeof(SessionChanged)] = "session-changed.v1",
        [typeof(SessionClosing)] = "session-closing.v1",
        [typeof(SessionFaulted)] = "session-faulted.v1",
    };

    // An agent endpoint on a node that does not host the session asks through the shard region: the request and its
    // answer cross nodes.
    private static readonly Dictionary<Type, string> AgentManifests = new()
    {
        [typeof(PitchRequests.AnalyzePitch)] = "analyze-pitch.v1",
        [typeof(PitchRequests.ImportMotifFile)] = "import-motif-file.v1",
        [typeof(PitchRequests.CheckIntonation)] = "check-intonation.v1",
        [typeof(PitchRequests.PitchAnalyzed)] = "pitch-analyzed.v1",
        [typeof(SampleRequests.UploadSample)] = "upload-sample.v1",
        [typeof(SampleRequests.ListSamples)] = "list-samples.v1",
        [typeof(SampleRequests.FindNearestSample)] = "find-nearest-sample.v1",
        [typeof(SampleRequests.AssignKit)] = "assign-kit.v1",
        [typeof(SampleRequests.KitAssigned)] = "kit-assigned.v1",
        [typeof(SampleRequests.SamplesListed)] = "samples-listed.v1",
        [typeof(VstRequests.GetPlugins)] = "get-plugins.v1",
        [typeof(VstRequests.ListPresets)] = "list-presets.v1",
        [typeof(VstRequests.PluginsRead)] = "plugins-read.v1",
        [typeof(VstRequests.PresetsListed)] = "presets-listed.v1",
        [typeof(IoRequests.ExportSession)] = "export-session.v1",
        [typeof(IoRequests.ImportPriceCsv)] = "import-price-csv.v1",
        [typeof(IoRequests.SessionExported)] = "session-exported.v1",
    };

    private static readonly Dictionary<Type, string> ManifestsByType = new Dictionary<Type, string>
    {
        [typeof(CreateSession)] = "create-session.v1",
        [typeof(RenameSession)] = "rename-session.v1",
        [typeof(ChangeParameters)] = "change-parameters.v1",
        [typeof(EditSession)] = "edit-session.v1",
        [typeof(ChangeTransport)] = "change-transport.v1",
        [typeof(ObservePrice)] = "observe-price.v1",
        [typeof(ObservePrices)] = "observe-prices.v1",
        [typeof(ScheduleInput)] = "schedule-input.v1",
        [typeof(DeleteSession)] = "delete-session.v1",
        [typeof(GetSession)] = "get-session.v1",
        [typeof(SessionView)] = "session-view.v1",
        [typeof(GetRecent)] = "get-recent.v1",
        [typeof(RecentView)] = "recent-view.v1",
        [typeof(CommandAccepted)] = "command-accepted.v1",
        [typeof(CommandRejected)] = "command-rejected.v1",
        [typeof(OpenFeed)] = "open-feed.v1",
        [typeof(FeedOpened)] = "feed-opened.v1",
        [typeof(FeedOutputs)] = "feed-outputs.v1",
        [typeof(FeedAudio)] = AudioManifest,
    }.Concat(OutputManifests).Concat(AgentManifests).ToDictionary(pair => pair.Key, pair => pair.Value);

    private static readonly Dictionary<string, Type> TypesByManifest = ManifestsByType.ToDictionary(pair => pair.Value, pair => pair.Key);

    private readonly JsonSerializerOptions _options;

    /// <summary>Creates the serializer for <paramref name="system"/>, whose provider resolves the actor references it reads.</summary>
    public SessionMessageSerializer(ExtendedActorSystem system)
        : base(system)
    {
        var options = new JsonSerializerOptions(SessionEventSerializer.Options);
        options.Converters.Add(new ActorRefJsonConverter(system));
        options.Converters.Add(new ManifestJsonConverter<ISessionOutput>(OutputManifests));
        _options = options;
    }

    /// <summary>Every type this serializer writes, with its manifest.</summary>
    public static IReadOnlyDictionary<Type, string> Manifests => ManifestsByType;

    /// <inheritdoc />
    public override int Identifier => Id;

    /// <inheritdoc />
    public override byte[] ToBinary(object obj)
    {
        if (obj is FeedAudio audio)
        {
            var id = System.Text.Encoding.UTF8.GetBytes(audio.SessionId.Value);
            var bytes = new byte[1 + id.Length + 8 + (audio.Samples.Length * 4)];
            bytes[0] = (byte)id.Length;
            id.CopyTo(bytes.AsSpan(1));
            BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(1 + id.Length), audio.FirstFrame);
            WriteSamples(audio.Samples, bytes.AsSpan(1 + id.Length + 8));
            return bytes;
        }

        return ManifestsByType.ContainsKey(obj.GetType())
            ? JsonSerializer.SerializeToUtf8Bytes(obj, obj.GetType(), _options)
            : throw new ArgumentException($"{obj.GetType().Name} does not travel between nodes.", nameof(obj));
    }

    /// <inheritdoc />
    public override object FromBinary(byte[] bytes, string manifest)
    {
        if (manifest == AudioManifest)
        {
            var length = bytes[0];
            var id = new SessionId(System.Text.Encoding.UTF8.GetString(bytes, 1, length));
            var frame = BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(1 + length));
            var payload = bytes.AsSpan(1 + length + 8);
            var samples = new float[payload.Length / 4];
            ReadSamples(payload, samples);
            return new FeedAudio(id, frame, samples);
        }

        return TypesByManifest.TryGetValue(manifest, out var type)
            ? JsonSerializer.Deserialize(bytes, type, _options) ?? throw new SerializationException($"A null '{manifest}' arrived.")
            : throw new SerializationException($"Unknown cluster message manifest '{manifest}'.");
    }

    /// <inheritdoc />
    public override string Manifest(object o) =>
        ManifestsByType.TryGetValue(o.GetType(), out var manifest)
            ? manifest
            : throw new ArgumentException($"{o.GetType().Name} does not travel between nodes.", nameof(o));

    private static void WriteSamples(ReadOnlySpan<float> samples, Span<byte> destination)
    {
        if (BitConverter.IsLittleEndian)
        {
            MemoryMarshal.AsBytes(samples).CopyTo(destination);
            return;
        }

        for (var i = 0; i < samples.Length; i++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(destination[(i * 4)..], samples[i]);
        }
    }

    private static void ReadSamples(ReadOnlySpan<byte> source, Span<float> samples)
    {
        if (BitConverter.IsLittleEndian)
        {
            MemoryMarshal.Cast<byte, float>(source[..(samples.Length * 4)]).CopyTo(samples);
            return;
        }

        for (var i = 0; i < samples.Length; i++)
        {
            samples[i] = BinaryPrimitives.ReadSingleLittleEndian(source[(i * 4)..]);
        }
    }
}
