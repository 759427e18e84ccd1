namespace Auralis.Node.Hosting;

/// <summary>The key under which the session shard region is registered with Akka.Hosting.</summary>
public sealed class SessionRegion;
