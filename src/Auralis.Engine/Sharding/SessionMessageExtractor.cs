using Akka.Cluster.Sharding;
using Auralis.Engine.Sessions;

namespace Auralis.Engine.Sharding;

/// <summary>Routes every message for a session to the shard entity named by its <see cref="SessionId"/>.</summary>
public sealed class SessionMessageExtractor(int shards = SessionMessageExtractor.DefaultShards) : HashCodeMessageExtractor(shards)
{
    /// <summary>Shards per cluster: ten per node of the largest cluster Auralis expects.</summary>
    public const int DefaultShards = 100;

    /// <summary>The shard region's type name.</summary>
    public const string TypeName = "session";

    /// <inheritdoc />
    public override string? EntityId(object message) => message switch
    {
        IWithSessionId addressed => addressed.SessionId.Value,
        _ => null,
    };
}
