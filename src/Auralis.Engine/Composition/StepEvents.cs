using Auralis.Audio.Instruments;
using Auralis.Audio.Processing;
using Auralis.Audio.Rendering;

namespace Auralis.Engine.Composition;

/// <summary>Turns a composed step into renderer events, in the one order live synthesis and replay both use.</summary>
public static class StepEvents
{
    /// <summary>
    /// Instrument swaps (each new instrument built and prepared here, off the render thread), then mix changes, then
    /// the notes' on and off events.
    /// </summary>
    public static IEnumerable<RenderEvent> For(ComposedStep step, IReadOnlyList<InstrumentChange> swaps, AudioSpec spec, ulong seed)
    {
        foreach (var swap in swaps)
        {
            var instrument = InstrumentCatalog.Create(swap.Instrument, seed + (ulong)swap.Channel);
            instrument.Prepare(spec);
            yield return new RenderEvent(swap.Frame, RenderEventKind.SwapInstrument, swap.Channel, Instrument: instrument);
        }

        foreach (var mix in step.MixEvents)
        {
            yield return mix;
        }

        foreach (var noteEvent in step.NoteEvents())
        {
            yield return noteEvent;
        }
    }

    /// <summary>The instruments a session starts with, built and prepared, one per channel.</summary>
    public static IInstrument[] InitialInstruments(SessionComposer composer, AudioSpec spec) =>
        composer.InitialInstruments.Select((name, channel) => InstrumentCatalog.Create(name, composer.Seed + (ulong)channel)).ToArray();

    /// <summary>
    /// A fresh renderer whose first frame is <paramref name="frame"/>, playing the instruments and mix the music has
    /// now: how a session starts, and how it starts again after a resumption, live and in replay alike.
    /// </summary>
    public static SessionRenderer RendererAt(SessionComposer composer, AudioSpec spec, long frame)
    {
        ArgumentNullException.ThrowIfNull(composer);
        var renderer = new SessionRenderer(spec, InitialInstruments(composer, spec));
        renderer.Reset(frame);
        foreach (var mix in composer.Merger.MixAt(frame))
        {
            renderer.Schedule(mix);
        }

        return renderer;
    }
}
