using Akka.Actor;
using Auralis.Engine.Sessions;
using Auralis.Engine.Agents;
using Auralis.Engine.Listeners;
using static Auralis.Engine.Sessions.SessionQueries;
using static Auralis.Engine.Listeners.ListenerMessages;

namespace Auralis.Engine.Live;

/// <content>What the session answers: its view, local subscriptions, feeds to other nodes, and agent requests.</content>
public sealed partial class SessionActor
{
    private object View() => new SessionView(_id, _state, _music?.NextStep ?? 0, _music?.NextTick ?? 0, _music?.Hub.Count ?? 0,
        ((ExtendedActorSystem)Context.System).Provider.DefaultAddress.ToString(), _failure);

    private object Subscribe()
    {
        var music = _music!;
        var listener = music.Hub.Subscribe(_settings.ListenerQueue);
        music.Synth.Tell(Synthesis.SynthesisMessages.ListenerJoined.Instance);
        var hub = music.Hub;
        var sleep = music.Sleep;
        return new Subscribed(_id, listener, music.Ring, music.RingStartFrame, (SessionView)View(), () => hub.Count, () => sleep.Sleeping)
        {
            DepthFrames = _settings.RenderAheadFrames,
        };
    }

    // A mirror on this node gets the session's own ring; one on another node gets a feed that streams to it.
    private object OpenFeed(FeedMessages.OpenFeed open)
    {
        if (open.Mirror.Path.Address.HasLocalScope)
        {
            return Subscribe();
        }

        var music = _music!;
        var hub = music.Hub;
        var from = music.Ring.WrittenFrames;
        var feed = Context.ActorOf(
            FeedActor.Props(_id, hub.Subscribe(_settings.ListenerQueue), music.Ring, from, music.RingStartFrame, open.Mirror, () => hub.Count),
            $"feed-{++_feeds}");
        music.Synth.Tell(Synthesis.SynthesisMessages.ListenerJoined.Instance);
        return new FeedMessages.FeedOpened(_id, (SessionView)View(), from + music.RingStartFrame, feed);
    }

    // The agents work on the state as it is now and answer the caller themselves; what they want persisted comes back as a command.
    private void OnAgentRequest(IAgentRequest request)
    {
        if (_state.Exists && _music is { } music)
        {
            music.Agents.Tell(new AgentWork(request, _state), Sender);
            return;
        }

        Answer(Sender, () => request);
    }

    private void Answer(IActorRef sender, Func<object> answer)
    {
        if (!_state.Exists || _music is null)
        {
            var message = _state.IsDeleted ? $"Session '{_id}' was deleted." : $"Session '{_id}' does not exist.";
            sender.Tell(new CommandRejected(_id, new Rejection(Rejection.NotFound, message)));
            StopIfAbsent();
            return;
        }

        sender.Tell(answer());
    }
}
