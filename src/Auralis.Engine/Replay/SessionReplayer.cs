using Auralis.Audio.Processing;
using Auralis.Audio.Rendering;
using Auralis.Engine.Composition;
using Auralis.Engine.Sessions;
using static Auralis.Engine.Sessions.SessionEvents;

namespace Auralis.Engine.Replay;

/// <summary>
/// Re-runs a session from its events: the same composer and the same renderer the live session uses, with the
/// free-running pacer, so every note and every sample comes out as it did live.
/// </summary>
/// <remarks>
/// The composer runs at least to the end of the block being rendered (<c>composeAheadFrames</c> further, as the live
/// synthesis keeps a look-ahead), and the events of each step are scheduled in step order; since the renderer applies
/// every event at its frame, how far ahead composition runs never changes a sample.
/// </remarks>
public static class SessionReplayer
{
    /// <summary>Replays <paramref name="events"/> (a session's journal, oldest first) into <paramref name="sink"/>.</summary>
    public static ReplayResult Replay(IReadOnlyList<ISessionEvent> events, ReplayLength length, IAudioBlockSink sink, Action<double>? progress = null,
        long composeAheadFrames = 0)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(sink);
        var created = events.OfType<SessionCreated>().FirstOrDefault()
            ?? throw new ArgumentException("The events hold no SessionCreated: there is no session to replay.", nameof(events));
        var state = SessionState.Empty(created.SessionId).Apply(created);
        var composer = new SessionComposer(state);
        foreach (var input in events.OfType<ITimedInput>())
        {
            composer.Schedule(input);
        }

        var spec = AudioSpec.Session;
        var renderer = new SessionRenderer(spec, StepEvents.InitialInstruments(composer, spec));
        foreach (var mix in composer.InitialMix)
        {
            renderer.Schedule(mix);
        }

        var lastInputStep = events.OfType<ITimedInput>().Select(e => e.AtStep).DefaultIfEmpty(0).Max();
        var notes = new List<PlayedNote>();
        var steps = new List<ComposedStep>();
        var loop = new RenderLoop(renderer, FreeRunningPacer.Instance, sink);
        var endFrame = length.Seconds is { } seconds ? (long)(seconds * spec.SampleRate) : long.MaxValue;
        var endTick = length.Bars is { } bars ? (long)bars * state.TimeSignature.TicksPerBar : long.MaxValue;
        var phraseEndStep = length.Seconds is null && length.Bars is null ? lastInputStep + (ReplayLength.PhraseBars * state.TimeSignature.BeatsPerBar) : long.MaxValue;
        while (true)
        {
            while (composer.Next.FirstFrame < renderer.Frame + spec.MaxBlockFrames + composeAheadFrames)
            {
                var step = composer.ComposeStep(out var swaps);
                steps.Add(step);
                notes.AddRange(step.Notes);
                foreach (var renderEvent in StepEvents.For(step, swaps, spec, state.Seed))
                {
                    renderer.Schedule(renderEvent);
                }

                if (step.Span.Step >= phraseEndStep || step.Span.Tick + step.Span.TickCount >= endTick)
                {
                    endFrame = Math.Min(endFrame, step.Span.EndFrame);
                }
            }

            if (renderer.Frame >= endFrame)
            {
                break;
            }

            loop.RenderBlock();
            if (endFrame != long.MaxValue)
            {
                progress?.Invoke(Math.Min(1.0, renderer.Frame / (double)endFrame));
            }
        }

        // Composition ran ahead of the last block: keep only what was rendered.
        var rendered = renderer.Frame;
        return new ReplayResult(
            notes.Where(n => n.Frame < rendered).ToArray(), steps.Where(s => s.Span.FirstFrame < rendered).ToArray(), rendered, state.Bpm);
    }
}
