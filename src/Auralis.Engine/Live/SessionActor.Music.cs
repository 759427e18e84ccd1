using Akka.Actor;
using Auralis.Engine.Sessions;
using Auralis.Audio.Processing;
using Auralis.Audio.Streaming;
using Auralis.Engine.Agents;
using Auralis.Engine.Agents.Sample;
using Auralis.Engine.Clock;
using Auralis.Engine.Composition;
using Auralis.Engine.Listeners;
using Auralis.Engine.Synthesis;
using Auralis.Engine.Ticker;
using Auralis.Engine.Voices;
using static Auralis.Engine.Steps.StepMessages;
using static Auralis.Engine.Sessions.SessionEvents;
using static Auralis.Engine.Synthesis.SynthesisMessages;

namespace Auralis.Engine.Live;

/// <content>The running music: starting and stopping the tree, and composing each step the render thread pulls.</content>
public sealed partial class SessionActor
{
    private void StartMusic(long resumeStep)
    {
        var composer = ComposerAt(resumeStep);
        var start = composer.Next;
        // Taken before the stage actors exist, so nothing moves while it is read; a fault restarts from here.
        _composerCheckpoint = composer.Capture();
        _checkpointStep = start.Step;
        var samples = new SampleShelf(_state.Samples);
        var renderer = StepEvents.RendererAt(composer, AudioSpec.Session, start.FirstFrame, samples);
        var ring = new AudioRingBuffer(_settings.RingFrames);
        var hub = new ListenerHub();
        var listeners = Context.ActorOf(ListenersActor.Props(hub), ListenersActor.Name);
        var sleep = new SleepSignal();
        var synth = Context.ActorOf(SynthesisActor.Props(renderer, samples, ring, composer.Seed, _settings, _id.Value, () => hub.Count, sleep),
            SynthesisActor.Name);
        var voices = Context.ActorOf(_stages.Voices(composer.Voices, Self), VoicesActor.Name);
        var clock = Context.ActorOf(_stages.Clock(composer.Clock, voices, Self), HarmonicClockActor.Name);
        var ticker = Context.ActorOf(_stages.Ticker(composer.Ticker, clock, voices, Self), PriceTickerActor.Name);
        var agents = Context.ActorOf(AgentsActor.Props(_id, Self, ring, _settings), AgentsActor.Name);
        _music = new Performance(composer.State, start.Step, start.Tick, start.FirstFrame)
        {
            Clock = clock,
            Ticker = ticker,
            Voices = voices,
            Synth = synth,
            Listeners = listeners,
            Agents = agents,
            Children = [clock, ticker, voices, synth, listeners, agents],
            Hub = hub,
            Ring = ring,
            Sleep = sleep,
        };
    }

    private void StopMusic()
    {
        if (_music is not { } music)
        {
            return;
        }

        music.Hub.CloseAll();
        foreach (var child in music.Children)
        {
            Context.Stop(child);
        }

        _music = null;
    }

    private void OnMaterialWanted(MaterialWanted wanted)
    {
        if (_music is { } music && Sender.Equals(music.Synth))
        {
            music.Wanted = Math.Max(music.Wanted, wanted.UntilFrame);
            ComposeIfWanted(music);
        }
    }

    private void OnStepAnnounced(StepAnnounced announced)
    {
        if (_music is { } music && music.Take(announced) is { } composed)
        {
            OnStepComposed(music, composed);
        }
    }

    private void OnStepPriced(StepPriced priced)
    {
        if (_music is { } music && music.Take(priced) is { } composed)
        {
            OnStepComposed(music, composed);
        }
    }

    private void OnNotesPlanned(NotesPlanned plan)
    {
        if (_music is { } music && music.Take(plan) is { } composed)
        {
            OnStepComposed(music, composed);
        }
    }

    private void OnStepComposed(Performance music, StepComposition composed)
    {
        var step = composed.Step;

        music.Synth.Tell(new StepComposed(step));
        var outputs = StepOutputs.For(_id, step);
        music.Listeners.Tell(outputs);
        music.Recent.Add(step.Span, outputs);
        Stash.UnstashAll();
        if (music.StepsSinceCheckpoint >= _settings.CheckpointEverySteps)
        {
            Checkpoint();
        }

        ComposeIfWanted(music);
    }

    private void OnVoicesStarted()
    {
        if (_music is { } music && Sender.Equals(music.Voices))
        {
            music.VoicesStarted = true;
            ComposeIfWanted(music);
        }
    }

    private void ComposeIfWanted(Performance music)
    {
        if (music.VoicesStarted && !music.Composing && music.ComposedUntil < music.Wanted)
        {
            // Each stage is handed only what it reads: the mix goes straight to synth, the clock's, the ticker's and the
            // voices' parts of the step straight to them.
            var opened = music.Begin();
            if (!opened.Mix.IsEmpty)
            {
                music.Synth.Tell(new MixChanged(opened.Mix, _state.Samples));
            }

            VoicesActor.Each(music.Voices).Tell(opened.Voices, Self);
            music.Clock.Tell(opened.Announce);
            music.Ticker.Tell(opened.Price);
        }
    }
}
