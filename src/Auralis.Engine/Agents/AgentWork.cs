using Akka.Actor;
using Auralis.Engine.Sessions;

namespace Auralis.Engine.Agents;

/// <summary>A request as the session hands it to its agents, with the session's state at that moment; local to the session's node.</summary>
/// <param name="Request">The request, answered to the original sender.</param>
/// <param name="State">The session's state as its inputs have set it.</param>
public sealed record AgentWork(IAgentRequest Request, SessionState State) : INoSerializationVerificationNeeded;
