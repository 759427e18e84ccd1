using Auralis.Audio.Processing;
using Auralis.Audio.Rendering;
using Auralis.Engine.Composition;
using Auralis.Engine.Sessions;
using Auralis.Engine.Synthesis;
using static Auralis.Engine.Sessions.SessionEvents;

namespace Auralis.Engine.Replay;

/// <summary>
/// Re-runs a session from its events: the same composer and the same renderer the live session uses, with the
/// free-running pacer, so every note and every sample comes out as it did live.
/// </summary>
/// <remarks>
/// <para>The composer runs at least to the end of the block being rendered (<c>composeAheadFrames</c> further, as the
/// live synthesis keeps a look-ahead), and the events of each step are scheduled in step order; since the renderer
/// applies every event at its frame, how far ahead composition runs never changes a sample.</para>
/// <para>Where the session resumed after its node stopped (<see cref="SessionResumed"/>), the live session started a
/// fresh renderer at that step's first frame; so does the replay, rendering exactly up to that frame first.</para>
/// </remarks>
public static class SessionReplayer
{
    /// <summary>Replays <paramref name="events"/> (a session's journal, oldest first) into <paramref name="sink"/>.</summary>
    /// <param name="events">The session's journal, oldest first.</param>
    /// <param name="length">How much to replay.</param>
    /// <param name="sink">Where the audio goes, block by block.</param>
    /// <param name="progress">Told the fraction done, when the length is known.</param>
    /// <param name="composeAheadFrames">How far composition runs ahead of rendering (it never changes a sample).</param>
    /// <param name="maxFrames">Where the replay stops at the latest, whatever <paramref name="length"/> says.</param>
    /// <param name="keepNotes">False when only the audio is wanted: the result then holds no notes or steps, and a replay of any length takes the same memory.</param>
    public static ReplayResult Replay(IReadOnlyList<ISessionEvent> events, ReplayLength length, IAudioBlockSink sink, Action<double>? progress = null,
        long composeAheadFrames = 0, long maxFrames = long.MaxValue, bool keepNotes = true)
    {
        ArgumentNullException.ThrowIfNull(sink);
        return Run(events, length, sink, progress, composeAheadFrames, maxFrames, keepNotes);
    }

    /// <summary>
    /// The notes, steps and length a replay of <paramref name="events"/> would produce, composed without rendering a sample:
    /// the same frames and notes as <see cref="Replay"/>, at the cost of composition alone.
    /// </summary>
    public static ReplayResult Plan(IReadOnlyList<ISessionEvent> events, ReplayLength length, long maxFrames = long.MaxValue) =>
        Run(events, length, null, null, 0, maxFrames, keepNotes: true);

    private static ReplayResult Run(IReadOnlyList<ISessionEvent> events, ReplayLength length, IAudioBlockSink? sink, Action<double>? progress,
        long composeAheadFrames, long maxFrames, bool keepNotes)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(length);
        var created = events.OfType<SessionCreated>().FirstOrDefault()
            ?? throw new ArgumentException("The events hold no SessionCreated: there is no session to replay.", nameof(events));
        var state = SessionState.Empty(created.SessionId).Apply(created);
        var composer = new SessionComposer(state);
        foreach (var input in events.OfType<ITimedInput>())
        {
            composer.Schedule(input);
        }

        // A sample keeps its name once given, so the library at the journal's end holds every sample any step named.
        var samples = new SampleShelf(events.OfType<SampleAdded>().Aggregate(state, (folded, added) => folded.Apply(added)).Samples);
        var resumes = new Queue<long>(events.OfType<SessionResumed>().Select(r => r.AtStep).Where(step => step > 0).Distinct().Order());
        var spec = AudioSpec.Session;
        // Without a sink nothing is rendered: the frame count advances block by block exactly as the renderer's would.
        var renderer = sink is null ? null : StepEvents.RendererAt(composer, spec, 0, samples);
        var frame = 0L;
        var block = sink is null ? [] : new float[spec.MaxBlockFrames * 2];
        var lastInputStep = events.OfType<ITimedInput>().Select(e => e.AtStep)
            .Concat(events.OfType<SessionResumed>().Select(r => r.AtStep)).DefaultIfEmpty(0).Max();
        var notes = new List<PlayedNote>();
        var steps = new List<ComposedStep>();
        var endFrame = Math.Min(maxFrames, length.Seconds is { } seconds ? (long)(seconds * spec.SampleRate) : long.MaxValue);
        var endTick = length.Bars is { } bars ? (long)bars * state.TimeSignature.TicksPerBar : long.MaxValue;
        var phraseEndStep = length.Seconds is null && length.Bars is null
            ? lastInputStep + (ReplayLength.PhraseBars * state.TimeSignature.BeatsPerBar)
            : long.MaxValue;
        var resumeFrame = long.MaxValue;
        while (true)
        {
            while (composer.Next.FirstFrame < frame + spec.MaxBlockFrames + composeAheadFrames)
            {
                if (resumes.Count > 0 && composer.Next.Step >= resumes.Peek())
                {
                    resumeFrame = composer.Next.FirstFrame;
                    if (frame < resumeFrame)
                    {
                        break;
                    }

                    resumes.Dequeue();
                    resumeFrame = long.MaxValue;
                    renderer = sink is null ? null : StepEvents.RendererAt(composer, spec, frame, samples);
                }

                var step = composer.ComposeStep(out var swaps);
                if (keepNotes)
                {
                    steps.Add(step);
                    notes.AddRange(step.Notes);
                }

                if (renderer is not null)
                {
                    foreach (var renderEvent in StepEvents.For(step, swaps, spec, state.Seed, samples))
                    {
                        renderer.Schedule(renderEvent);
                    }
                }

                if (step.Span.Step >= phraseEndStep || step.Span.Tick + step.Span.TickCount >= endTick)
                {
                    endFrame = Math.Min(endFrame, step.Span.EndFrame);
                }
            }

            if (frame >= endFrame)
            {
                break;
            }

            // A resumption starts a fresh renderer at its exact frame, so the block before it may be short; so may the
            // last one, which ends exactly where the length asked for ends.
            var frames = (int)Math.Min(Math.Min(spec.MaxBlockFrames, resumeFrame - frame), endFrame - frame);
            if (renderer is not null)
            {
                var span = block.AsSpan(0, frames * 2);
                renderer.Render(span);
                sink!.Write(frame, span);
            }

            frame += frames;
            if (endFrame != long.MaxValue)
            {
                progress?.Invoke(Math.Min(1.0, frame / (double)endFrame));
            }
        }

        // Composition ran ahead of the last block: keep only what was rendered.
        var rendered = frame;
        return new ReplayResult(
            notes.Where(n => n.Frame < rendered).ToArray(), steps.Where(s => s.Span.FirstFrame < rendered).ToArray(), rendered, state.Bpm);
    }
}
