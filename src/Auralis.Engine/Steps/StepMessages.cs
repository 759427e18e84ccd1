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
/// One step of music as it flows one way through a session: the session asks the clock to announce it, the clock
/// places it, the ticker prices it, each voice plans its notes, and the session merges them.
/// </summary>
/// <remarks>
/// The same records are what the stages of the step pipeline (<c>Composition/StepPipeline</c>) return, in one go for replay and from actor to
/// actor live, so both run one code path. They never leave the node: a session's tree lives on one node.
/// </remarks>
public static class StepMessages
{
    /// <summary>The session asks the clock for step <paramref name="Step"/>, with the inputs due there.</summary>
    /// <param name="Step">The step to announce; it must be the clock's next step.</param>
    /// <param name="Inputs">The inputs due at the step and the parameters in effect once they apply.</param>
    public sealed record AnnounceStep(long Step, StepInputs Inputs) : INoSerializationVerificationNeeded;

    /// <summary>The clock placed a step on the timeline and read the harmony there.</summary>
    /// <param name="Span">The step on the timeline.</param>
    /// <param name="Position">Bar and beat of the step's first tick.</param>
    /// <param name="Signature">The time signature in force.</param>
    /// <param name="Key">The key in force.</param>
    /// <param name="Harmony">The chord reading (null while the transport is stopped).</param>
    /// <param name="ChordChanged">True when a new chord starts in the step.</param>
    /// <param name="ContinuityBroken">True after a seek or a loop's wrap: lines must not continue across it.</param>
    /// <param name="NextTick">The tick at which the following step starts.</param>
    /// <param name="Inputs">The inputs of the step, passed along for the ticker and the voices.</param>
    public sealed record StepAnnounced(
        StepSpan Span,
        MusicalPosition Position,
        TimeSignature Signature,
        Key Key,
        ChordReading? Harmony,
        bool ChordChanged,
        bool ContinuityBroken,
        long NextTick,
        StepInputs Inputs) : INoSerializationVerificationNeeded;

    /// <summary>The ticker priced an announced step (no move while the transport is stopped) and heard how the move should sound.</summary>
    public sealed record StepPriced(StepAnnounced Announced, PriceMove? Move, IReadOnlyList<Trade> Trades, MarketGesture Gesture = default)
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
