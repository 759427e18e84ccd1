using System.Diagnostics;
using Auralis.Audio.Effects;
using Auralis.Audio.Instruments;
using Auralis.Audio.Instruments.SoundFont;
using Auralis.Audio.Mixing;
using Auralis.Audio.Processing;

namespace Auralis.Benchmarks;

/// <summary>
/// Where the typical mix's time goes: each of its instruments playing its part alone, and each effect on a loud block,
/// timed in nanoseconds per frame (the median of short rounds) so the costs can be compared with one another and with the whole mix.
/// </summary>
internal static class ProfileScenario
{
    public static void Run(string[] args)
    {
        var seconds = args.Length > 0 && int.TryParse(args[0], out var s) ? s : 10;
        var spec = AudioSpec.Session;
        var frames = seconds * spec.SampleRate;
        Console.WriteLine($"Auralis render profile: {seconds} s of each part alone, ns per frame (lower is better)");
        Time("subtractive, 8 held notes", frames, Held(new SubtractiveSynth(), spec, [48, 52, 55, 59, 60, 64, 67, 71]));
        Time("fm, 8 held notes", frames, Held(new FmSynth(), spec, [60, 64, 67, 71, 72, 76, 79, 83]));
        Time("sampler, 8 plucks a second", frames, Restruck(new SamplerInstrument(), spec, [45, 52, 57, 60, 64, 69, 72, 76], spec.SampleRate));
        Time("drums, 8 hits every half second", frames, Restruck(new DrumKitInstrument(), spec, [36, 42, 38, 42, 36, 42, 39, 46], spec.SampleRate / 2));
        if (File.Exists(GeneralMidiSet.SoundFontPath))
        {
            // The SoundFont mix's parts, each alone: their voices' reading, filter, envelope and pan, without the effects.
            var bank = SoundFontBank.ReadSf2(File.ReadAllBytes(GeneralMidiSet.SoundFontPath), "FluidR3_GM");
            foreach (var part in GeneralMidiSet.Parts)
            {
                var instrument = new SoundFontInstrument();
                instrument.Load(bank.Program(part.Bank, part.Program));
                Time($"soundfont {part.Bank}:{part.Program}, {part.Keys.Length} keys a beat", frames, Restruck(instrument, spec, part.Keys, GeneralMidiSet.BeatFrames));
            }
        }

        Time("stereo delay", frames, Effect(spec, new StereoDelay { Mix = 1 }.Also(d => d.Prepare(spec)).Process));
        Time("freeverb", frames, Effect(spec, new Freeverb { Wet = 1, Dry = 0 }.Also(r => r.Prepare(spec)).Process));
        Time("peak limiter", frames, Effect(spec, new PeakLimiter().Also(l => l.Prepare(spec)).Process));
        Time("true-peak limiter", frames, Effect(spec, new TruePeakLimiter().Also(l => l.Prepare(spec)).Process));
        Time("master bus (equalizer, widener, leveler, true-peak limiter)", frames, Effect(spec, new MasterBus().Also(m => m.Prepare(spec)).Process));
        var silent = new Auralis.Audio.Rendering.SessionRenderer(spec, [new SilentInstrument(), new SilentInstrument(), new SilentInstrument(), new SilentInstrument()]);
        var quiet = new float[spec.MaxBlockFrames * 2];
        Time("the renderer's mixing and effects alone", frames, (_, _) => silent.Render(quiet));
        var mix = new TypicalMix(spec);
        var interleaved = new float[spec.MaxBlockFrames * 2];
        Time("the whole typical mix", frames, (_, _) =>
        {
            mix.ScheduleUntil(mix.Renderer.Frame + spec.SampleRate);
            mix.Renderer.Render(interleaved);
        });
        var unmastered = new TypicalMix(spec);
        unmastered.Renderer.Master.Mastering = false;
        Time("the whole typical mix, master stage bypassed", frames, (_, _) =>
        {
            unmastered.ScheduleUntil(unmastered.Renderer.Frame + spec.SampleRate);
            unmastered.Renderer.Render(interleaved);
        });
    }

    private delegate void BlockProcess(Span<float> left, Span<float> right);

    private static T Also<T>(this T value, Action<T> action)
    {
        action(value);
        return value;
    }

    private static Action<float[], float[]> Held(IInstrument instrument, AudioSpec spec, int[] pitches)
    {
        instrument.Prepare(spec);
        foreach (var pitch in pitches)
        {
            instrument.NoteOn(pitch, 90);
        }

        return (left, right) => instrument.Render(left, right);
    }

    private static Action<float[], float[]> Restruck(IInstrument instrument, AudioSpec spec, int[] pitches, int period)
    {
        instrument.Prepare(spec);
        var frame = 0L;
        return (left, right) =>
        {
            if (frame % period < left.Length)
            {
                foreach (var pitch in pitches)
                {
                    instrument.NoteOff(pitch);
                    instrument.NoteOn(pitch, 100);
                }
            }

            instrument.Render(left, right);
            frame += left.Length;
        };
    }

    private static Action<float[], float[]> Effect(AudioSpec spec, BlockProcess process)
    {
        // A second of a loud tone, made before timing so that only the effect is measured.
        var tone = Enumerable.Range(0, spec.SampleRate).Select(i => (float)(0.5 * Math.Sin(i * 0.05))).ToArray();
        var frame = 0;
        return (left, right) =>
        {
            frame = frame + left.Length > tone.Length ? 0 : frame;
            tone.AsSpan(frame, left.Length).CopyTo(left);
            tone.AsSpan(frame, left.Length).CopyTo(right);
            frame += left.Length;
            process(left, right);
        };
    }

    private static void Time(string name, int frames, Action<float[], float[]> block)
    {
        var left = new float[128];
        var right = new float[128];
        // Warm up in wall time, without a pause after it, as the render benchmark does: the JIT needs about half a
        // second of rendering to finish tiering, and an idle core comes back with cold caches.
        var warming = Stopwatch.StartNew();
        while (warming.Elapsed < TimeSpan.FromSeconds(1))
        {
            block(left, right);
        }

        // The median of many rounds of eight blocks: a round is far shorter than a scheduler slice, so on a machine shared
        // with other builds most rounds run uninterrupted and the median measures the code, not the neighbours.
        const int roundFrames = 8 * 128;
        var rounds = new double[frames / roundFrames];
        for (var round = 0; round < rounds.Length; round++)
        {
            var started = Stopwatch.GetTimestamp();
            for (var done = 0; done < roundFrames; done += 128)
            {
                block(left, right);
            }

            rounds[round] = Stopwatch.GetElapsedTime(started).TotalNanoseconds / roundFrames;
        }

        Array.Sort(rounds);
        var best = rounds[rounds.Length / 2];
        Console.WriteLine($"{name,-36} {best,8:0.0} ns per frame");
    }
}
