using Auralis.Engine.Sessions;

namespace Auralis.Engine.Composition;

/// <content>The composer's checkpoint: the state of every stage, captured between steps and restored into a fresh pipeline.</content>
public sealed partial record PipelineState
{
    /// <summary>Every stage's state before step <see cref="Clock"/>.Next; call it between steps only (no stage may be moving).</summary>
    public ComposerCheckpoint Capture() =>
        new(ComposerCheckpoint.CurrentVersion, Clock.Next.Step, Merger.Capture(), Clock.Capture(Ticker.Following), Ticker.Capture(), Voices.Select(v => v.Capture()).ToArray());

    /// <summary>
    /// The pipeline of session <paramref name="created"/> as <paramref name="checkpoint"/> left it, with the session's
    /// <paramref name="inputs"/> (all of them, oldest first) that apply at or after its step scheduled again.
    /// </summary>
    /// <exception cref="ArgumentException">The checkpoint is of another version, or does not fit this session's pipeline.</exception>
    public static PipelineState Restore(SessionState created, ComposerCheckpoint checkpoint, IEnumerable<ITimedInput> inputs)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        ArgumentNullException.ThrowIfNull(inputs);
        if (checkpoint.Version != ComposerCheckpoint.CurrentVersion)
        {
            throw new ArgumentException($"A composer checkpoint of version {checkpoint.Version} cannot be read (this build reads version {ComposerCheckpoint.CurrentVersion}).",
                nameof(checkpoint));
        }

        var state = Start(created);
        if (checkpoint.Voices is null || checkpoint.Voices.Count != state.Voices.Count)
        {
            throw new ArgumentException($"The checkpoint holds {checkpoint.Voices?.Count ?? 0} voices; the session has {state.Voices.Count}.", nameof(checkpoint));
        }

        state.Merger.Restore(checkpoint.Merger);
        state.Clock.Restore(checkpoint.Clock);
        state.Ticker.Restore(checkpoint.Ticker, checkpoint.Clock.Regime, state.Clock.Playing);
        for (var channel = 0; channel < state.Voices.Count; channel++)
        {
            state.Voices[channel].Restore(checkpoint.Voices[channel]);
        }

        if (state.Clock.Next.Step != checkpoint.Step)
        {
            throw new ArgumentException($"The checkpoint is of step {checkpoint.Step}, but its clock stands at step {state.Clock.Next.Step}.", nameof(checkpoint));
        }

        foreach (var input in inputs.Where(i => i.AtStep >= checkpoint.Step))
        {
            state.Merger.Schedule(input);
        }

        return state;
    }
}
