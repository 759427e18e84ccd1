using System.Diagnostics;
using System.Security.Cryptography;
using Akka.Actor;
using Akka.Event;
using Akka.Persistence;
using Auralis.Engine.Sessions;
using Auralis.Engine.Agents;
using Auralis.Engine.Persistence;
using Auralis.Engine.Listeners;
using static Auralis.Engine.Steps.StepMessages;
using static Auralis.Engine.Sessions.SessionCommands;
using static Auralis.Engine.Sessions.SessionEvents;
using static Auralis.Engine.Sessions.SessionQueries;
using static Auralis.Engine.Listeners.ListenerMessages;
using static Auralis.Engine.Listeners.SessionOutputs;
using static Auralis.Engine.Synthesis.SynthesisMessages;

namespace Auralis.Engine.Live;

/// <summary>
/// A session (<c>session-{id}</c>): the only writer of its events. It validates commands with the pure
/// <see cref="SessionState"/>, persists what it accepts before it takes effect, and runs the music's actor tree —
/// clock, ticker, voices, synth and listeners — merging each step's notes and handing them on.
/// </summary>
/// <remarks>
/// <para>An input is stamped with the first step not yet announced (the generation horizon) and applied there, live
/// and in replay. While a step is in flight, inputs wait (stashed) so the stamp names the step exactly; a step takes
/// microseconds, so they barely wait. <c>Persist</c>, not <c>PersistAsync</c>, is used for inputs: the next step must not
/// be announced before the input that applies there is in the journal and the merger.</para>
/// <para>The checkpoint is the composition's own state (<see cref="Composition.ComposerCheckpoint"/>), the step reached
/// and the inputs (see <see cref="SessionSnapshot"/>), saved every few bars and every
/// <see cref="SessionSettings.SnapshotEveryEvents"/> events. A recovering session restores the composition and composes
/// on from its step (from step 0 only when the snapshot has no usable checkpoint), records <see cref="SessionResumed"/>,
/// and plays on from there with a fresh renderer.</para>
/// </remarks>
public sealed partial class SessionActor : ReceivePersistentActor, IWithTimers
{
    /// <summary>The session's timers (Akka sets them): inputs held for later fall due, and a lease another node still holds is asked for again.</summary>
    public ITimerScheduler Timers { get; set; } = null!;

    private readonly SessionId _id;
    private readonly SessionSettings _settings;
    private readonly SessionStages _stages;
    private readonly ILoggingAdapter _log = Context.GetLogger();
    private readonly Observability.EngineMetrics _metrics = Observability.EngineMetrics.Get(Context.System);
    private readonly List<ISessionEvent> _inputs = [];
    private SessionState _state;
    private Performance? _music;
    private long _resumeStep;
    private long _lastInputStep;
    private bool _snapshotOffered;
    private int _eventsSinceSnapshot;
    private bool _stopAfterCheckpoint;
    private long _feeds;
    private readonly long _startedAt = Stopwatch.GetTimestamp();

    /// <summary>Starts (or recovers) session <paramref name="id"/>.</summary>
    public SessionActor(SessionId id, SessionSettings settings)
        : this(id, settings, SessionStages.Default)
    {
    }

    internal SessionActor(SessionId id, SessionSettings settings, SessionStages stages)
    {
        _id = id;
        _settings = settings;
        _stages = stages;
        _state = SessionState.Empty(id);

        Recover<SnapshotOffer>(offer =>
        {
            if (offer.Snapshot is SessionSnapshot snapshot)
            {
                _state = snapshot.State;
                _inputs.Clear();
                _inputs.AddRange(snapshot.Inputs);
                _resumeStep = snapshot.ResumeStep;
                _composerCheckpoint = snapshot.Composer;
                _snapshotOffered = true;
                RestoreRequests(snapshot);
            }
        });
        Recover<ISessionEvent>(RememberUnlessFailed);
        Recover<RecoveryCompleted>(_ => OnRecovered());

        Running();
    }

    // What a session with running music (or none yet) answers; a restart after a fault comes back to it.
    private void Running()
    {
        Command<ISessionCommand>(OnCommand);
        Command<GetSession>(_ => Answer(Sender, () => View()));
        Command<GetRecent>(recent => Answer(Sender, () => new RecentView(_id, _music!.Recent.Last(recent.Seconds))));
        Command<Subscribe>(_ => Answer(Sender, Subscribe));
        Command<FeedMessages.OpenFeed>(open => Answer(Sender, () => OpenFeed(open)));
        Command<IAgentRequest>(OnAgentRequest);
        Command<MaterialWanted>(OnMaterialWanted);
        Command<Voices.VoicesActor.Started>(_ => OnVoicesStarted());
        Command<StepAnnounced>(OnStepAnnounced);
        Command<StepPriced>(OnStepPriced);
        Command<NotesPlanned>(OnNotesPlanned);
        Command<CheckpointAndStop>(_ => CheckpointAndStopNow());
        Command<InputDue>(OnInputDue);
        Command<StageFailed>(OnStageFailed);
        Command<LeaseLost>(OnLeaseLost);
        Command<Terminated>(_ => { });
        Command<SaveSnapshotSuccess>(OnSnapshotSaved);
        Command<SaveSnapshotFailure>(failure =>
        {
            _log.Warning("Session {0}: checkpoint failed: {1}", _id, failure.Cause.Message);
            StopIfAsked();
        });
        Command<DeleteSnapshotsSuccess>(_ => { });
        Command<DeleteSnapshotsFailure>(failure => _log.Warning("Session {0}: old checkpoints not deleted: {1}", _id, failure.Cause.Message));
    }

    /// <inheritdoc />
    public override string PersistenceId => _id.PersistenceId;

    /// <summary>The props of session <paramref name="id"/>.</summary>
    public static Props Props(SessionId id, SessionSettings settings) => Akka.Actor.Props.Create(() => new SessionActor(id, settings));

    /// <summary>The props of session <paramref name="id"/> with its stage actors made by <paramref name="stages"/> (tests).</summary>
    internal static Props Props(SessionId id, SessionSettings settings, SessionStages stages) =>
        Akka.Actor.Props.CreateBy(new WithStages(id, settings, stages));

    // Akka creates actors through public constructors only; the one that takes stages is internal, so it is called here.
    private sealed class WithStages(SessionId id, SessionSettings settings, SessionStages stages) : IIndirectActorProducer
    {
        public Type ActorType => typeof(SessionActor);

        public ActorBase Produce() => new SessionActor(id, settings, stages);

        public void Release(ActorBase actor)
        {
        }
    }

    private void Remember(ISessionEvent sessionEvent)
    {
        _state = _state.Apply(sessionEvent);
        RememberRequest(sessionEvent);
        if (sessionEvent is SessionCreated or ITimedInput or SessionResumed)
        {
            _inputs.Add(sessionEvent);
        }

        if (sessionEvent is SessionResumed resumed)
        {
            _resumeStep = Math.Max(_resumeStep, resumed.AtStep);
        }

        if (sessionEvent is ITimedInput input)
        {
            _lastInputStep = Math.Max(_lastInputStep, input.AtStep);
        }
    }

    private void OnRecovered()
    {
        if (!_state.Exists)
        {
            return;
        }

        // The music starts before the resumption is journaled: a journal that cannot play must not add to itself on every try.
        if (Unplayable() is { } reason)
        {
            Fail(reason);
            return;
        }

        // Without a snapshot (none yet, or one that could not be read) the journal alone says how far the music got:
        // at least to its last input's step.
        if (!_snapshotOffered)
        {
            _resumeStep = Math.Max(_resumeStep, _lastInputStep);
        }

        // Not a note plays, nor is the resumption written, before this incarnation holds the session's lease.
        if (!HoldsLease(then: OnRecovered, stash: false))
        {
            return;
        }

        if (!TryStartMusic(_resumeStep))
        {
            return;
        }

        ArmScheduledInputs();

        Persist(new SessionResumed(_id, _resumeStep, DateTimeOffset.UtcNow), resumed =>
        {
            Remember(resumed);
            _log.Info("Session {0} resumed at step {1} from {2} events, composing {3} steps from step {4} in {5:0.000} s; {6:0.000} s after it started here",
                [_id, resumed.AtStep, LastSequenceNr, _musicStart.StepsComposed, _musicStart.ComposedFrom, _musicStart.Seconds,
                    Stopwatch.GetElapsedTime(_startedAt).TotalSeconds]);
        });
    }

    private void OnCommand(ISessionCommand command)
    {
        if (_music is { Composing: true })
        {
            // The stamp must name the step exactly: wait the microseconds until the step in flight is merged.
            Stash.Stash();
            return;
        }

        // The lease first: a command waits for it (stashed) and then comes back here, where a retry is answered from the log.
        if (!HoldsLease() || AnsweredWithoutProcessing(command))
        {
            return;
        }

        var context = new CommandContext(DateTimeOffset.UtcNow, _music?.NextStep ?? 0, _music?.NextTick ?? 0, FreshSeed());
        if (AddNodeSoundFonts(command, context))
        {
            return;
        }

        var result = _state.Process(command, context);
        var sender = Sender;
        if (result.Rejection is { } rejection)
        {
            sender.Tell(new CommandRejected(_id, rejection));
            StopIfAbsent();
            return;
        }

        if (result.Events.Count == 0)
        {
            sender.Tell(new CommandAccepted(_id, [], null));
            return;
        }

        var remaining = result.Events.Count;
        PersistAll(result.Events, persisted =>
        {
            OnPersisted(persisted);
            if (--remaining == 0)
            {
                var atTick = result.Events.OfType<ITimedInput>().Select(i => (long?)i.AtTick).FirstOrDefault();
                sender.Tell(new CommandAccepted(_id, result.Events, atTick));
                if (persisted is SessionDeleted)
                {
                    StopSelf();
                }
            }
        });
    }

    // A change that names one of the node's SoundFonts the library lacks adds it first (persisted as any upload is), then
    // comes back to be processed against the library that holds it.
    private bool AddNodeSoundFonts(ISessionCommand command, CommandContext context)
    {
        var values = command switch
        {
            ChangeParameters change => change.Values,
            EditSession edit => edit.Values,
            _ => null,
        };
        var missing = values?.Where(v => SessionParameters.NamesSoundFont(v.Key) && v.Value.Text is { Length: > 0 } name
                                         && !_state.Samples.ContainsKey(name) && _settings.SoundFonts.ContainsKey(name))
            .Select(v => _settings.SoundFonts[v.Value.Text!]).DistinctBy(f => f.Name).ToArray();
        if (missing is not { Length: > 0 })
        {
            return false;
        }

        var events = new List<ISessionEvent>();
        foreach (var font in missing)
        {
            var added = _state.Process(new AddSample(_id, font.Name, font.Path, font.Sha256), context);
            if (added.Rejection is not null)
            {
                return false;
            }

            events.AddRange(added.Events);
        }

        var sender = Sender;
        PersistAll(events, OnPersisted);
        DeferAsync(events, _ => Self.Tell(command, sender));
        return true;
    }

    private void OnPersisted(ISessionEvent persisted)
    {
        _metrics.Persisted(1);
        Remember(persisted);
        switch (persisted)
        {
            case SessionCreated:
                StartMusic(0);
                break;
            case ITimedInput input when _music is { } music:
                music.Merger.Schedule(input);
                music.Synth.Tell(InputAccepted.Instance);
                AnnounceInput(music, persisted);
                break;
            case InputScheduled held:
                Arm(held);
                break;
            case SessionDeleted:
                _music?.Hub.Publish(new SessionClosing(_id, "deleted"));
                StopMusic();
                break;
        }

        if (_music is { } running && persisted is not SessionDeleted)
        {
            running.Listeners.Tell(new SessionChanged(_id, _state, running.Hub.Count));
        }

        if (++_eventsSinceSnapshot >= _settings.SnapshotEveryEvents)
        {
            Checkpoint();
        }
    }

    private void AnnounceInput(Performance music, ISessionEvent input)
    {
        switch (input)
        {
            case ParametersChanged changed:
                foreach (var (name, value) in changed.Values)
                {
                    music.Listeners.Tell(new ParameterScheduled(_id, name, value, changed.AtTick));
                }

                break;
            case TransportChanged transport:
                var position = _state.TimeSignature.PositionOf(transport.AtTick);
                var state = transport.Command switch
                {
                    TransportCommand.Play => "playing",
                    TransportCommand.Stop => "stopped",
                    _ => _state.Transport.Playing ? "playing" : "stopped",
                };
                music.Listeners.Tell(new TransportMoved(_id, state, position.Bar, position.Beat, transport.Tick ?? transport.AtTick, transport.AtTick));
                break;
        }
    }

    private static ulong FreshSeed() => BitConverter.ToUInt64(RandomNumberGenerator.GetBytes(8));

    /// <summary>Asks the session to checkpoint, close its listeners and stop (a node leaving, a shard handing off).</summary>
    public sealed class CheckpointAndStop : INoSerializationVerificationNeeded
    {
        /// <summary>The one instance.</summary>
        public static readonly CheckpointAndStop Instance = new();

        private CheckpointAndStop()
        {
        }
    }
}
