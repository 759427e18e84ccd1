using System.Runtime.Serialization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Akka.Actor;
using Akka.Serialization;
using Auralis.Engine.Sessions;
using static Auralis.Engine.Sessions.SessionEvents;

namespace Auralis.Engine.Persistence;

/// <summary>
/// Serializes session events and snapshots as UTF-8 JSON under short, stable, versioned string manifests,
/// so renaming or moving a class never breaks an old journal.
/// </summary>
/// <remarks>
/// Bound in hocon/serialization.conf. A type whose shape changes gets a new manifest ("….v2") and the reader for
/// the old one stays, upcasting to the new type.
/// </remarks>
public sealed class SessionEventSerializer(ExtendedActorSystem system) : SerializerWithStringManifest(system)
{
    /// <summary>The serializer's id, registered in hocon/serialization.conf.</summary>
    public const int Id = 4100;

    private static readonly Dictionary<Type, string> ManifestsByType = new()
    {
        [typeof(SessionCreated)] = "session-created.v2",
        [typeof(SessionRenamed)] = "session-renamed.v2",
        [typeof(ParametersChanged)] = "parameters-changed.v2",
        [typeof(TransportChanged)] = "transport-changed.v2",
        [typeof(PriceObserved)] = "price-observed.v2",
        [typeof(PriceSeriesScheduled)] = "price-series-scheduled.v2",
        [typeof(SessionResumed)] = "session-resumed.v1",
        [typeof(SessionDeleted)] = "session-deleted.v2",
        [typeof(InstrumentParametersChanged)] = "instrument-parameters-changed.v1",
        [typeof(ParameterAutomated)] = "parameter-automated.v1",
        [typeof(PresetSaved)] = "preset-saved.v1",
        [typeof(PresetLoaded)] = "preset-loaded.v1",
        [typeof(MotifImported)] = "motif-imported.v1",
        [typeof(SampleAdded)] = "sample-added.v1",
        [typeof(InputScheduled)] = "input-scheduled.v1",
        [typeof(SessionSnapshot)] = "session-snapshot.v3",
    };

    // Older shapes still read, into today's types: version 1 of the inputs carried no idempotency key (they read with
    // none); version 1 of the snapshot had no composer checkpoint (the music is composed again from step 0 as it was
    // then), version 2 no idempotency keys (retries of inputs made before it are not recognised).
    private static readonly Dictionary<string, Type> OlderManifests = new()
    {
        ["session-created.v1"] = typeof(SessionCreated),
        ["session-renamed.v1"] = typeof(SessionRenamed),
        ["parameters-changed.v1"] = typeof(ParametersChanged),
        ["transport-changed.v1"] = typeof(TransportChanged),
        ["price-observed.v1"] = typeof(PriceObserved),
        ["price-series-scheduled.v1"] = typeof(PriceSeriesScheduled),
        ["session-deleted.v1"] = typeof(SessionDeleted),
        ["session-snapshot.v1"] = typeof(SessionSnapshot),
        ["session-snapshot.v2"] = typeof(SessionSnapshot),
    };

    private static readonly Dictionary<Type, string> UnkeyedManifests = OlderManifests
        .Where(pair => pair.Value != typeof(SessionSnapshot))
        .ToDictionary(pair => pair.Value, pair => pair.Key);

    private static readonly Dictionary<string, Type> TypesByManifest =
        ManifestsByType.ToDictionary(pair => pair.Value, pair => pair.Key).Concat(OlderManifests).ToDictionary();

    /// <summary>The JSON options of the journal format: camelCase, enums as words, ids and parameter values bare.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <inheritdoc />
    public override int Identifier => Id;

    /// <summary>Every type this serializer writes, with its manifest.</summary>
    public static IReadOnlyDictionary<Type, string> Manifests => ManifestsByType;

    /// <inheritdoc />
    public override byte[] ToBinary(object obj) => JsonSerializer.SerializeToUtf8Bytes(obj, obj.GetType(), Options);

    /// <inheritdoc />
    public override object FromBinary(byte[] bytes, string manifest)
    {
        if (!TypesByManifest.TryGetValue(manifest, out var type))
        {
            throw new SerializationException($"Unknown session event manifest '{manifest}'.");
        }

        return JsonSerializer.Deserialize(bytes, type, Options)
            ?? throw new SerializationException($"The journal holds a null '{manifest}'.");
    }

    /// <inheritdoc />
    public override string Manifest(object o) =>
        o is ISessionEvent sessionEvent ? ManifestOf(sessionEvent)
        : ManifestsByType.TryGetValue(o.GetType(), out var manifest) ? manifest
        : throw new ArgumentException($"{o.GetType().Name} is not a session event.", nameof(o));

    /// <summary>
    /// The manifest <paramref name="sessionEvent"/> is journaled under: an input without an idempotency key keeps its
    /// version 1 manifest (its shape is version 1's, so a build that predates keys still reads it); a keyed one is version 2.
    /// </summary>
    public static string ManifestOf(ISessionEvent sessionEvent)
    {
        ArgumentNullException.ThrowIfNull(sessionEvent);
        var type = sessionEvent.GetType();
        return sessionEvent.RequestId is null && UnkeyedManifests.TryGetValue(type, out var unkeyed) ? unkeyed
            : ManifestsByType.TryGetValue(type, out var manifest) ? manifest
            : throw new ArgumentException($"{type.Name} is not a session event.", nameof(sessionEvent));
    }

    /// <summary>The type journaled under <paramref name="manifest"/>, of this version or an older one that still reads.</summary>
    public static bool TryGetType(string manifest, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Type? type) =>
        TypesByManifest.TryGetValue(manifest, out type);

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.Converters.Add(new SessionIdJsonConverter());
        options.Converters.Add(new ParameterValueJsonConverter());
        foreach (var converter in MusicJsonConverters.All)
        {
            options.Converters.Add(converter);
        }

        // A checkpoint's numbers are written exactly as they are, whatever they are.
        options.NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals;
        // A snapshot's inputs are written as {"manifest", "event"}: the journal's own manifests inside the snapshot.
        options.Converters.Add(new Remoting.ManifestJsonConverter<ISessionEvent>(ManifestsByType, "event", OlderManifests));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
