using Auralis.Audio.Instruments;
using Auralis.Audio.Processing;
using Auralis.Audio.Rendering;

namespace Auralis.Benchmarks;

/// <summary>A typical session mix: four instruments holding 32 voices between them, through delay, reverb and the limiter.</summary>
/// <remarks>
/// Each channel keeps eight notes sounding: every note is retriggered half a second after it started, so as one voice
/// releases the next takes over and the count stays at 32 (the drums are struck on every retrigger).
/// </remarks>
internal sealed class TypicalMix
{
    private const int VoicesPerChannel = 8;
    private static readonly int[][] Chords =
    [
        [60, 64, 67, 71, 72, 76, 79, 83],
        [48, 52, 55, 59, 60, 64, 67, 71],
        [36, 43, 48, 52, 55, 59, 62, 65],
        [36, 38, 39, 42, 46, 36, 38, 42],
    ];

    private readonly long _retrigger;
    private long _nextTrigger;

    public TypicalMix(AudioSpec spec)
    {
        Renderer = new SessionRenderer(spec, [new SubtractiveSynth(), new FmSynth(), new SamplerInstrument(), new DrumKitInstrument()]);
        _retrigger = spec.SampleRate / 2;
    }

    public SessionRenderer Renderer { get; }

    /// <summary>Schedules the notes due before <paramref name="untilFrame"/>.</summary>
    public void ScheduleUntil(long untilFrame)
    {
        while (_nextTrigger < untilFrame)
        {
            for (var channel = 0; channel < Chords.Length; channel++)
            {
                for (var voice = 0; voice < VoicesPerChannel; voice++)
                {
                    var pitch = Chords[channel][voice];
                    var frame = _nextTrigger + (voice * 7);
                    Renderer.Schedule(RenderEvent.NoteOff(frame, channel, pitch));
                    Renderer.Schedule(RenderEvent.NoteOn(frame + 1, channel, pitch, 80 + voice));
                }
            }

            _nextTrigger += _retrigger;
        }
    }
}
