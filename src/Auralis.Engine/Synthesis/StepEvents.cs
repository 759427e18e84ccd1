using Auralis.Audio.Instruments;
using Auralis.Audio.Instruments.SoundFont;
using Auralis.Audio.Processing;
using Auralis.Audio.Rendering;
using Auralis.Engine.Composition;
using Auralis.Engine.Sessions;

namespace Auralis.Engine.Synthesis;

/// <summary>Turns a composed step into renderer events, in the one order live synthesis and replay both use.</summary>
public static class StepEvents
{
    /// <summary>
    /// Instrument swaps (each new instrument built and prepared here, off the render thread), then mix changes, then
    /// the notes' on and off events. Live, the first two reach <c>synth</c> when the step is opened
    /// (<see cref="ForMix"/>) and the notes when it is composed, in this same order.
    /// </summary>
    public static IEnumerable<RenderEvent> For(ComposedStep step, IReadOnlyList<InstrumentChange> swaps, AudioSpec spec, ulong seed, SampleShelf samples)
    {
        ArgumentNullException.ThrowIfNull(step);
        return ForMix(swaps, step.MixEvents, spec, seed, samples).Concat(step.NoteEvents());
    }

    /// <summary>Instrument swaps (each new instrument built and prepared here, off the render thread), then mix changes.</summary>
    public static IEnumerable<RenderEvent> ForMix(IReadOnlyList<InstrumentChange> swaps, IReadOnlyList<RenderEvent> mix, AudioSpec spec, ulong seed,
        SampleShelf samples)
    {
        ArgumentNullException.ThrowIfNull(swaps);
        ArgumentNullException.ThrowIfNull(mix);
        foreach (var swap in swaps)
        {
            var instrument = Build(swap, seed, samples);
            instrument.Prepare(spec);
            yield return new RenderEvent(swap.Frame, RenderEventKind.SwapInstrument, swap.Channel, Instrument: instrument);
        }

        foreach (var change in mix)
        {
            yield return change;
        }
    }

    /// <summary>The instruments a session starts with, built with their samples, one per channel (the renderer prepares them).</summary>
    public static IInstrument[] InitialInstruments(SessionComposer composer, SampleShelf samples)
    {
        ArgumentNullException.ThrowIfNull(composer);
        return composer.InitialInstruments.Select(change => Build(change, composer.Seed, samples)).ToArray();
    }

    // Instruments come from the plugin host (the seam an external host would fill). An instrument is seeded by its channel,
    // so a voice's noise does not depend on the others'; its samples are loaded before it is prepared, which fits them to
    // the output rate.
    private static IInstrument Build(InstrumentChange change, ulong seed, SampleShelf samples)
    {
        var instrument = InstrumentParameters.Create(change.Instrument, seed + (ulong)change.Channel);
        if (instrument is SoundFontInstrument sampled && change.Samples.TryGetValue("soundfont", out var font) && samples.FindSoundFont(font) is { } bank)
        {
            sampled.Load(bank.Program(change.Patch.Bank, change.Patch.Program));
        }

        if (instrument is ISampleSlots slots)
        {
            foreach (var (slot, name) in change.Samples)
            {
                if (samples.Find(name) is { } sample)
                {
                    slots.LoadSample(slot, sample);
                }
            }
        }

        return instrument;
    }

    /// <summary>
    /// A fresh renderer whose first frame is <paramref name="frame"/>, playing the instruments and mix the music has
    /// now: how a session starts, and how it starts again after a resumption, live and in replay alike.
    /// </summary>
    public static SessionRenderer RendererAt(SessionComposer composer, AudioSpec spec, long frame, SampleShelf samples)
    {
        ArgumentNullException.ThrowIfNull(composer);
        var renderer = new SessionRenderer(spec, InitialInstruments(composer, samples));
        renderer.Reset(frame);
        foreach (var mix in composer.Merger.MixAt(frame))
        {
            renderer.Schedule(mix);
        }

        return renderer;
    }
}
