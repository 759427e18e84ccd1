using Akka.Actor;
using Auralis.Audio.Streaming;
using Auralis.Engine.Sessions;

namespace Auralis.Engine.Agents;

/// <summary>A session's agents (<c>agents</c>): the pitch, sample, VST and IO agents, each handed the requests of its subject.</summary>
public sealed class AgentsActor : ReceiveActor
{
    /// <summary>The actor's name in the session's tree.</summary>
    public const string Name = "agents";

    /// <summary>Starts the four agents of session <paramref name="id"/>; what they want persisted goes to <paramref name="session"/>.</summary>
    public AgentsActor(SessionId id, IActorRef session, AudioRingBuffer ring, SessionSettings settings)
    {
        var pitch = Context.ActorOf(PitchAgent.Props(session, ring), PitchAgent.Name);
        var sample = Context.ActorOf(SampleAgent.Props(id, session, settings.SampleFolder), SampleAgent.Name);
        var vst = Context.ActorOf(VstAgent.Props(), VstAgent.Name);
        var io = Context.ActorOf(IoAgent.Props(session, settings.SampleFolder), IoAgent.Name);
        Receive<AgentWork>(work =>
        {
            var agent = work.Request switch
            {
                PitchRequests.AnalyzePitch or PitchRequests.ImportMotifFile or PitchRequests.CheckIntonation => pitch,
                SampleRequests.UploadSample or SampleRequests.ListSamples or SampleRequests.FindNearestSample or SampleRequests.AssignKit => sample,
                VstRequests.GetPlugins or VstRequests.ListPresets => vst,
                _ => io,
            };
            agent.Forward(work);
        });
    }

    /// <summary>The props of a session's agents.</summary>
    public static Props Props(SessionId id, IActorRef session, AudioRingBuffer ring, SessionSettings settings) =>
        Akka.Actor.Props.Create(() => new AgentsActor(id, session, ring, settings));
}
