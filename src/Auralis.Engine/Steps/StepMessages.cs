using Akka.Actor;
using Auralis.Engine.Sessions;
using Auralis.Engine.Timeline;
using Auralis.Market;
using Auralis.Market.Mapping;
using Auralis.Market.Trading;
using Auralis.Music.Harmony;
using Auralis.Music.Theory;
using Auralis.Music.Time;

namespace Auralis.Engine.Steps;

/// <summary>
/// One step of music as it flows one way through a session. The session opens the step and hands each stage only what
/// it reads: the clock its changes and the intensity (<see cref="AnnounceStep"/>), the ticker its changes, the transport
/// and the sensitivity (<see cref="PriceStep"/>), each voice the motifs and the dials (<see cref="VoiceStep"/>). The
/// ticker prices the step and tells the clock the regime its phrase follows (<see cref="PhraseRegime"/>); the clock
/// places the step and reads the harmony; each voice plans its notes from the clock's announcement and the ticker's
/// price; the session merges them.
/// </summary>
/// <remarks>
/// Nothing returns to a stage it has passed: session → ticker → clock → voices → session, and ticker → voices for the
/// price. The same records are what the stages of the step pipeline (<c>Composition/StepPipeline</c>) return, in one
/// go for replay and from actor to actor live, so both run one code path. They never leave the node: a session's tree
/// lives on one node.
/// </remarks>
public static class StepMessages
{
    /// <summary>The session asks the clock for step <paramref name="Step"/>, with the clock's changes due there.</summary>
    /// <param name="Step">The step to announce; it must be the clock's next step.</param>
    /// <param name="Changes">Tempo, metre, tonic, mode and transport changes, in the order they were accepted.</param>
    /// <param name="Intensity">The intensity in effect (0..1), which the conductor reads.</param>
    public sealed record AnnounceStep(long Step, IReadOnlyList<ClockChange> Changes, double Intensity) : INoSerializationVerificationNeeded;

    /// <summary>The session asks the ticker to price step <paramref name="Step"/>, with the ticker's changes due there.</summary>
    /// <param name="Step">The step to price.</param>
    /// <param name="Changes">Source, forced regime, outside prices and series, in the order they were accepted.</param>
    /// <param name="Plays">Whether the step's transport commands leave the music playing (null when none plays or stops it).</param>
    /// <param name="Sensitivity">The sensitivity in effect, with which the ticker hears the move.</param>
    public sealed record PriceStep(long Step, IReadOnlyList<TickerChange> Changes, bool? Plays, double Sensitivity) : INoSerializationVerificationNeeded;

    /// <summary>The session hands each voice what it reads of step <paramref name="Step"/> besides the clock's and the ticker's answers.</summary>
    /// <param name="Step">The step.</param>
    /// <param name="Motifs">The motifs the voices learn at the step.</param>
    /// <param name="Intensity">The intensity in effect (0..1).</param>
    /// <param name="Sensitivity">The sensitivity in effect.</param>
    public sealed record VoiceStep(long Step, IReadOnlyList<SessionEvents.MotifImported> Motifs, double Intensity, double Sensitivity)
        : INoSerializationVerificationNeeded;

    /// <summary>The ticker tells the clock the regime step <paramref name="Step"/>'s phrase follows: the one the last played step was priced in.</summary>
    public sealed record PhraseRegime(long Step, Regime Regime) : INoSerializationVerificationNeeded;

    /// <summary>The clock placed a step on the timeline and read the harmony there.</summary>
    /// <param name="Span">The step on the timeline.</param>
    /// <param name="Position">Bar and beat of the step's first tick.</param>
    /// <param name="Signature">The time signature in force.</param>
    /// <param name="Key">The key in force.</param>
    /// <param name="Harmony">The chord reading (null while the transport is stopped).</param>
    /// <param name="ChordChanged">True when a new chord starts in the step.</param>
    /// <param name="ContinuityBroken">True after a seek or a loop's wrap: lines must not continue across it.</param>
    /// <param name="NextTick">The tick at which the following step starts.</param>
    public sealed record StepAnnounced(
        StepSpan Span,
        MusicalPosition Position,
        TimeSignature Signature,
        Key Key,
        ChordReading? Harmony,
        bool ChordChanged,
        bool ContinuityBroken,
        long NextTick) : INoSerializationVerificationNeeded;

    /// <summary>The ticker priced a step (no move while the transport is stopped) and heard how the move should sound.</summary>
    /// <param name="Step">The step priced.</param>
    /// <param name="Playing">Whether the ticker heard the transport playing at the step (it must agree with the clock).</param>
    /// <param name="Move">The price move (null while stopped).</param>
    /// <param name="Trades">The bots' trades at the move.</param>
    /// <param name="Gesture">How the move should sound.</param>
    public sealed record StepPriced(long Step, bool Playing, PriceMove? Move, IReadOnlyList<Trade> Trades, MarketGesture Gesture = default)
        : INoSerializationVerificationNeeded;

    /// <summary>A voice planned the notes it starts in a step (some may lie in later steps of the same chord).</summary>
    public sealed record NotesPlanned(long Step, int Channel, IReadOnlyList<Note> Notes) : INoSerializationVerificationNeeded;
}

/// <summary>The inputs due at a step, the parameters they changed, and every parameter's value once they apply.</summary>
/// <param name="Due">The inputs due at the step.</param>
/// <param name="Changed">The session parameters they changed.</param>
/// <param name="Parameters">Every parameter's value once they apply.</param>
/// <param name="ChangedPlugins">The instrument parameters (<c>voice/instrument/parameter</c>) set at the step, by inputs or automation.</param>
public sealed record StepInputs(IReadOnlyList<ITimedInput> Due, IReadOnlyList<string> Changed, IReadOnlyDictionary<string, ParameterValue> Parameters,
    IReadOnlyList<string>? ChangedPlugins = null)
{
    /// <summary>The instrument parameters set at the step (never null).</summary>
    public IReadOnlyList<string> ChangedPluginKeys => ChangedPlugins ?? [];

    /// <summary>The inputs sorted by the stage that reads them, parsed once when the step is opened.</summary>
    public StageInputs Stages { get; init; } = StageInputs.Route(Due);

    /// <summary>The intensity in effect (0..1), which the conductor and the voices read.</summary>
    public double Intensity => Number(SessionParameters.Intensity);

    /// <summary>The sensitivity in effect, with which the ticker hears a move and the voices play it.</summary>
    public double Sensitivity => Number(SessionParameters.Sensitivity);

    /// <summary>The numeric value of parameter <paramref name="name"/> (0 when it is not a number).</summary>
    public double Number(string name) => Parameters[name].Number ?? 0;
}
