using Auralis.Engine.Sessions;
using Auralis.Engine.Ticker;
using Auralis.Engine.Clock;
using Auralis.Engine.Voices;

namespace Auralis.Engine.Composition;

/// <summary>
/// The state of a session's step pipeline, one value per stage in the order a step flows through them: the merger
/// (inputs waiting for their step, parameters in effect, notes planned ahead), the clock, the ticker and the voices.
/// </summary>
/// <remarks>
/// Live, each stage's state is owned by the actor that runs the stage (the session, <c>clock</c>, <c>ticker</c>,
/// <c>voices/…</c>); in replay <see cref="SessionComposer"/> holds them all. Either way this record names everything
/// the music remembers between steps, which is what a checkpoint of the composition has to capture.
/// </remarks>
/// <param name="Merger">The session's stage: pending inputs, parameters in effect, notes planned for later steps.</param>
/// <param name="Clock">The clock's stage: the timeline and the conductor.</param>
/// <param name="Ticker">The ticker's stage: the price sources and the bots.</param>
/// <param name="Voices">The voices' stages, by channel (soprano, alto, bass, perc).</param>
public sealed partial record PipelineState(StepMerger Merger, HarmonicClockStage Clock, TickerStage Ticker, IReadOnlyList<IVoice> Voices)
{
    /// <summary>The pipeline of a newly created session.</summary>
    public static PipelineState Start(SessionState created)
    {
        ArgumentNullException.ThrowIfNull(created);
        if (!created.Exists && !created.IsDeleted)
        {
            throw new ArgumentException($"Session '{created.Id}' has not been created.", nameof(created));
        }

        var ticker = new TickerStage(created);
        return new PipelineState(new StepMerger(created), new HarmonicClockStage(created), ticker, VoicePlanning.VoicesFor(created.Seed));
    }
}
