using Akka.Coordination;

namespace Auralis.Engine.Leases;

/// <summary>A session's lease is no longer held by this node: it expired, another node took it, or the node was downed.</summary>
public sealed class LeaseLostException : LeaseException
{
    /// <summary>A lease lost for <paramref name="message"/>.</summary>
    public LeaseLostException(string message)
        : base(message)
    {
    }

    /// <summary>A lease lost for <paramref name="message"/>, caused by <paramref name="cause"/>.</summary>
    public LeaseLostException(string message, Exception cause)
        : base(message, cause)
    {
    }
}
