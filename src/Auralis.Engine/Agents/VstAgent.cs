using Akka.Actor;
using Auralis.Engine.Agents.Vst;
using static Auralis.Engine.Agents.VstRequests;

namespace Auralis.Engine.Agents;

/// <summary>The VST agent (<c>agents/vst</c>): reads the session's plugin chain and presets; changes to them are session commands, persisted by the session.</summary>
public sealed class VstAgent : ReceiveActor
{
    /// <summary>The actor's name in the session's tree.</summary>
    public const string Name = "vst";

    /// <summary>Starts the agent.</summary>
    public VstAgent()
    {
        Receive<AgentWork>(work => Sender.Tell(work.Request switch
        {
            GetPlugins get => new PluginsRead(get.SessionId, PluginChain.Of(work.State)),
            _ => new PresetsListed(work.Request.SessionId, work.State.Presets),
        }));
    }

    /// <summary>The props of the agent.</summary>
    public static Props Props() => Akka.Actor.Props.Create(() => new VstAgent());
}
