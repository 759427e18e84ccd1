using Auralis.Engine.Listeners;

namespace Auralis.Node.Security;

/// <summary>What a caller may do; each role includes the ones before it.</summary>
public enum Role
{
    /// <summary>May listen and read.</summary>
    Listener,

    /// <summary>May also steer: parameters, transport, prices.</summary>
    Performer,

    /// <summary>May also create and delete sessions.</summary>
    Admin,
}
