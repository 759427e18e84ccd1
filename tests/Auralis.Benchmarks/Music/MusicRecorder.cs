using Auralis.Audio.Analysis.Loudness;
using Auralis.Audio.Processing;
using Auralis.Engine.Agents.Sample;
using Auralis.Engine.Composition;
using Auralis.Engine.Sessions;
using Auralis.Market.Series;
using Auralis.Engine.Synthesis;
using static Auralis.Engine.Sessions.SessionEvents;

namespace Auralis.Benchmarks.Music;

/// <summary>
/// Composes a session offline with the engine's own composer and renders it through the session renderer, as replay
/// does, keeping every composed step and metering the audio.
/// </summary>
internal static class MusicRecorder
{
    /// <summary>The composer of <paramref name="musicCase"/> at its creation, and the session's state there.</summary>
    public static (SessionComposer Composer, SessionState State) Start(MusicCase musicCase)
    {
        var id = new SessionId("music-" + musicCase.Seed);
        var created = new SessionCreated(id, musicCase.Label, musicCase.Seed, Parameters(musicCase), Playing: true, DateTimeOffset.UnixEpoch);
        var state = SessionState.Empty(id).Apply(created);
        return (new SessionComposer(state), state);
    }

    /// <summary>Composes and renders <paramref name="seconds"/> of <paramref name="musicCase"/>, metering the first <paramref name="meteredSeconds"/>.</summary>
    public static MusicTrack Record(MusicCase musicCase, double seconds, double meteredSeconds)
    {
        var (composer, state) = Start(musicCase);
        var id = state.Id;
        if (musicCase.Series is { } series)
        {
            ScheduleSeries(composer, id, series);
        }

        var spec = AudioSpec.Session;
        var samples = new SampleShelf(state.Samples);
        var renderer = StepEvents.RendererAt(composer, spec, 0, samples);
        var meter = new LoudnessMeter(spec.SampleRate, meteredSeconds);
        var block = new float[spec.MaxBlockFrames * 2];
        var steps = new List<ComposedStep>();
        var endFrame = (long)(seconds * spec.SampleRate);
        var meterEndFrame = (long)(meteredSeconds * spec.SampleRate);
        while (renderer.Frame < endFrame)
        {
            while (composer.Next.FirstFrame < renderer.Frame + spec.MaxBlockFrames)
            {
                var step = composer.ComposeStep(out var swaps);
                steps.Add(step);
                foreach (var renderEvent in StepEvents.For(step, swaps, spec, state.Seed, samples))
                {
                    renderer.Schedule(renderEvent);
                }
            }

            var first = renderer.Frame;
            var frames = (int)Math.Min(spec.MaxBlockFrames, endFrame - first);
            var span = block.AsSpan(0, frames * 2);
            renderer.Render(span);
            if (first < meterEndFrame)
            {
                meter.Process(span[..(int)(Math.Min(frames, meterEndFrame - first) * 2)]);
            }
        }

        var loudness = new LoudnessFigures(meter.IntegratedLufs, meter.LoudnessRangeLu, meter.TruePeakDbtp);
        return new MusicTrack(musicCase, steps.Where(s => s.Span.FirstFrame < endFrame).ToArray(), state.TimeSignature, state.Key, spec.SampleRate, loudness);
    }

    /// <summary>
    /// Plays <paramref name="series"/> from outside, one price per beat (a step is a beat): one <see cref="PriceObserved"/>
    /// per step, as a listener posting the prices one by one at that pace would.
    /// </summary>
    /// <remarks>The one place the benchmark feeds a series; the engine's own series input will take its place.</remarks>
    // The series as the REST endpoint posts it: one event, one price a beat from the first step.
    private static void ScheduleSeries(SessionComposer composer, SessionId id, PriceSeries series) =>
        composer.Schedule(new PriceSeriesScheduled(id, series.Prices, 1, 0, 0, DateTimeOffset.UnixEpoch));

    private static Dictionary<string, ParameterValue> Parameters(MusicCase musicCase)
    {
        var parameters = new Dictionary<string, ParameterValue>
        {
            [SessionParameters.Intensity] = ParameterValue.Of(musicCase.Intensity),
            [SessionParameters.Sensitivity] = ParameterValue.Of(musicCase.Sensitivity),
            [SessionParameters.Regime] = ParameterValue.Of(musicCase.Regime),
        };
        if (musicCase.Series is not null)
        {
            parameters[SessionParameters.Source] = ParameterValue.Of("external");
        }

        return parameters;
    }
}
