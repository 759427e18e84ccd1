using Auralis.Audio.Instruments;
using Auralis.Audio.Processing;
using Auralis.Audio.Rendering;

namespace Auralis.Benchmarks;

/// <summary>A typical session mix: at least 32 sounding voices across four instruments, through delay, reverb and the master stage (equalizer, widener, loudness leveler, true-peak limiter).</summary>
/// <remarks>
/// The subtractive synthesizer holds a ten-note pad and the FM synthesizer eight notes; the sampler restrikes eight
/// plucks every second, just after releasing the last ones (none so high that its pluck ends before the restrike); the
/// drum kit strikes eight hits every half second and lets them ring, about six sounding at a time. The number of voices
/// actually sounding is sampled every block and reported, so the figure is never flattered by silent voices.
/// </remarks>
internal sealed class TypicalMix
{
    private static readonly int[] Pad = [36, 43, 48, 52, 55, 59, 60, 64, 67, 71];
    private static readonly int[] Keys = [60, 64, 67, 71, 72, 76, 79, 83];
    private static readonly int[] Plucks = [40, 45, 48, 52, 55, 57, 60, 64];
    private static readonly int[] Hits = [36, 42, 38, 42, 36, 42, 39, 46];
    private readonly int _sampleRate;
    private long _nextPluck;
    private long _nextHits;

    public TypicalMix(AudioSpec spec)
    {
        _sampleRate = spec.SampleRate;
        Renderer = new SessionRenderer(spec, [new SubtractiveSynth(), new FmSynth(), new SamplerInstrument(), new DrumKitInstrument()]);
        for (var i = 0; i < Pad.Length; i++)
        {
            Renderer.Schedule(RenderEvent.NoteOn(i * 11, 0, Pad[i], 90));
        }

        for (var i = 0; i < Keys.Length; i++)
        {
            Renderer.Schedule(RenderEvent.NoteOn(i * 13, 1, Keys[i], 85));
        }
    }

    public SessionRenderer Renderer { get; }

    /// <summary>Schedules the plucks and hits due before <paramref name="untilFrame"/>.</summary>
    public void ScheduleUntil(long untilFrame)
    {
        while (_nextPluck < untilFrame)
        {
            for (var i = 0; i < Plucks.Length; i++)
            {
                Renderer.Schedule(RenderEvent.NoteOff(_nextPluck + i, 2, Plucks[i]));
                Renderer.Schedule(RenderEvent.NoteOn(_nextPluck + i + 1, 2, Plucks[i], 70 + (i * 5)));
            }

            _nextPluck += _sampleRate;
        }

        while (_nextHits < untilFrame)
        {
            for (var i = 0; i < Hits.Length; i++)
            {
                Renderer.Schedule(RenderEvent.NoteOn(_nextHits + (i * _sampleRate / 16), 3, Hits[i], 100 - (i * 4)));
            }

            _nextHits += _sampleRate / 2;
        }
    }
}
