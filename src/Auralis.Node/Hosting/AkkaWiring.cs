using Akka.Cluster.Hosting;
using Akka.Cluster.Sharding;
using Akka.Hosting;
using Akka.Remote.Hosting;
using Auralis.Engine.Persistence;
using Auralis.Engine.Sessions;
using Auralis.Engine.Sharding;
using Auralis.Node.Configuration;
using Auralis.Engine.Live;
using AkkaLogLevel = Akka.Event.LogLevel;

namespace Auralis.Node.Hosting;

/// <summary>Wires the node's actor system with Akka.Hosting: hocon/ as the fallback, the journal, remoting, the cluster and the session shard region.</summary>
public static class AkkaWiring
{
    /// <summary>The actor system's name; seed addresses name it (<c>akka.tcp://auralis@host:port</c>).</summary>
    public const string SystemName = "auralis";

    /// <summary>Where the node's sessions keep their samples: <c>samples/</c> in the data directory.</summary>
    public static string SampleFolder(NodeOptions options) => Path.Combine(Path.GetFullPath(options.Data), "samples");

    /// <summary>Adds the actor system for <paramref name="options"/>; Akka logs through the node's loggers from <paramref name="logLevel"/> up.</summary>
    public static IServiceCollection AddAuralisAkka(this IServiceCollection services, NodeOptions options, JournalTarget journal,
        LogLevel logLevel = LogLevel.Information)
    {
        var (config, setup) = EngineSetup.For(journal, AuralisConfig.Text("node"));
        var seeds = options.Seeds.Count > 0 ? options.Seeds.ToArray() : [$"akka.tcp://{SystemName}@{options.AkkaHost}:{options.AkkaPort}"];
        var settings = SessionSettings.Default with
        {
            Sharded = true,
            Leased = true,
            SampleDirectory = SampleFolder(options),
            ListenerGrace = TimeSpan.FromSeconds(options.ListenerGraceSeconds),
            SoundFonts = NodeSoundFonts.Store(options.SoundFonts, SampleFolder(options)),
        };
        services.AddSingleton(journal);
        services.AddSingleton<SessionGateway>();
        return services.AddAkka(SystemName, builder =>
        {
            builder
                .AddHocon(config.WithFallback(AuralisConfig.Load("cluster")), HoconAddMode.Append)
                .AddSetup(setup)
                .ConfigureLoggers(loggers =>
                {
                    // Akka's start-up and cluster chatter is INFO: a person running the node sees it only with --verbose.
                    loggers.LogLevel = AkkaLevel(logLevel);
                    loggers.ClearLoggers();
                    loggers.AddLoggerFactory();
                })
                .WithRemoting(options.AkkaHost, options.AkkaPort)
                .WithClustering(new ClusterOptions { SeedNodes = seeds, Roles = ["session"] })
                .WithShardRegion<SessionRegion>(
                    SessionMessageExtractor.TypeName,
                    id => SessionActor.Props(new SessionId(id), settings),
                    new SessionMessageExtractor(),
                    new ShardOptions
                    {
                        RememberEntities = true,
                        RememberEntitiesStore = RememberEntitiesStore.Eventsourced,
                        StateStoreMode = StateStoreMode.DData,
                        Role = "session",
                        HandOffStopMessage = SessionActor.CheckpointAndStop.Instance,
                    });
        });
    }

    private static AkkaLogLevel AkkaLevel(LogLevel level) => level switch
    {
        LogLevel.Trace or LogLevel.Debug => AkkaLogLevel.DebugLevel,
        LogLevel.Information => AkkaLogLevel.InfoLevel,
        LogLevel.Warning => AkkaLogLevel.WarningLevel,
        _ => AkkaLogLevel.ErrorLevel,
    };
}
