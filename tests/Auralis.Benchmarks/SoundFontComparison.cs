using System.Diagnostics;
using Auralis.Audio.Instruments;
using Auralis.Audio.Instruments.SoundFont;
using Auralis.Audio.Processing;
using Auralis.Audio.Rendering;

namespace Auralis.Benchmarks;

/// <summary>
/// The render benchmark's SoundFont mix: <see cref="GeneralMidiSet"/> on FluidR3_GM through Auralis's renderer (four
/// <see cref="SoundFontInstrument"/>s, delay, reverb and the master stage) beside <c>fluidsynth -F</c> rendering the
/// same notes from a MIDI file with the same SoundFont, the two timed in alternating rounds.
/// </summary>
/// <remarks>
/// FluidSynth's time is its process's wall time less that of the same command on a one-beat file (start-up and reading
/// the 150 MB font), measured in the same round; FluidSynth renders single-threaded to a raw file at 48 kHz with its
/// default reverb and chorus, as Auralis renders its own delay, reverb and master stage.
/// </remarks>
internal static class SoundFontComparison
{
    private const string FluidSynth = "/usr/bin/fluidsynth";

    public static void Run(int seconds)
    {
        if (!File.Exists(GeneralMidiSet.SoundFontPath))
        {
            Console.WriteLine($"SoundFont mix: skipped, {GeneralMidiSet.SoundFontPath} is missing (apt-get install fluid-soundfont-gm)");
            return;
        }

        var spec = AudioSpec.Session;
        var bank = SoundFontBank.ReadSf2(File.ReadAllBytes(GeneralMidiSet.SoundFontPath), "FluidR3_GM");
        var programs = GeneralMidiSet.Parts.Select(p => bank.Program(p.Bank, p.Program)).ToArray();
        const int Rounds = 4;
        var beats = Math.Max(8, seconds * spec.SampleRate / GeneralMidiSet.BeatFrames / Rounds);
        var roundSeconds = beats * GeneralMidiSet.BeatFrames / (double)spec.SampleRate;
        var folder = Directory.CreateTempSubdirectory("auralis-fluidsynth");
        var midi = Path.Combine(folder.FullName, "set.mid");
        var oneBeat = Path.Combine(folder.FullName, "one-beat.mid");
        GeneralMidiSet.WriteMidi(midi, beats);
        GeneralMidiSet.WriteMidi(oneBeat, 1);
        var hasFluidSynth = File.Exists(FluidSynth);

        Render(spec, programs, spec.SampleRate * 4L);
        var ours = new double[Rounds];
        var theirs = new List<double>();
        var voices = 0;
        for (var round = 0; round < Rounds; round++)
        {
            if (hasFluidSynth)
            {
                var startUp = Time(folder.FullName, oneBeat);
                var full = Time(folder.FullName, midi);
                theirs.Add(roundSeconds / Math.Max(1e-3, (full - startUp).TotalSeconds));
            }

            var (elapsed, sounding) = Render(spec, programs, (long)(roundSeconds * spec.SampleRate));
            (ours[round], voices) = (roundSeconds / elapsed.TotalSeconds, sounding);
        }

        folder.Delete(recursive: true);
        var median = Median(ours);
        Console.WriteLine($"SoundFont mix (FluidR3_GM: piano, strings, bass, drums; {GeneralMidiSet.NotesPerBeat} notes restruck every beat at 120 bpm, {voices} voices sounding on average): {median:0}x real time, median of {Rounds} rounds of {roundSeconds:0.#} s ({ours.Min():0}-{ours.Max():0}x)");
        if (theirs.Count == 0)
        {
            Console.WriteLine($"fluidsynth: skipped, {FluidSynth} is missing (apt-get install fluidsynth)");
            return;
        }

        var theirMedian = Median([.. theirs]);
        Console.WriteLine($"fluidsynth -F, same notes and SoundFont, in alternating rounds: {theirMedian:0}x real time ({theirs.Min():0}-{theirs.Max():0}x); Auralis / FluidSynth = {median / theirMedian:0.0}x (goal >= 5x)");
    }

    private static (TimeSpan Elapsed, int Voices) Render(AudioSpec spec, SampledProgram[] programs, long frames)
    {
        var instruments = programs.Select(program =>
        {
            var instrument = new SoundFontInstrument();
            instrument.Load(program);
            return (IInstrument)instrument;
        }).ToArray();
        var renderer = new SessionRenderer(spec, instruments);
        var block = new float[spec.MaxBlockFrames * 2];
        var (voiceBlocks, blocks, nextBeat) = (0L, 0L, 0L);
        var watch = Stopwatch.StartNew();
        while (renderer.Frame < frames)
        {
            while (nextBeat < renderer.Frame + spec.MaxBlockFrames)
            {
                for (var channel = 0; channel < GeneralMidiSet.Parts.Length; channel++)
                {
                    var part = GeneralMidiSet.Parts[channel];
                    foreach (var key in part.Keys)
                    {
                        renderer.Schedule(RenderEvent.NoteOff(nextBeat, channel, key));
                        renderer.Schedule(RenderEvent.NoteOn(nextBeat + 1, channel, key, part.Velocity));
                    }
                }

                nextBeat += GeneralMidiSet.BeatFrames;
            }

            renderer.Render(block);
            voiceBlocks += renderer.ActiveVoices;
            blocks++;
        }

        watch.Stop();
        return (watch.Elapsed, (int)Math.Round(voiceBlocks / (double)blocks));
    }

    private static TimeSpan Time(string folder, string midi)
    {
        var start = new ProcessStartInfo(FluidSynth)
        {
            ArgumentList = { "-n", "-i", "-q", "-r", "48000", "-T", "raw", "-F", Path.Combine(folder, "out.raw"), GeneralMidiSet.SoundFontPath, midi },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("fluidsynth did not start");
        process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        watch.Stop();
        return process.ExitCode == 0 ? watch.Elapsed : throw new InvalidOperationException($"fluidsynth exited with {process.ExitCode}");
    }

    private static double Median(double[] values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
