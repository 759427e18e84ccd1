using System.Diagnostics;
using Auralis.Audio.Processing;

namespace Auralis.Benchmarks;

/// <summary>
/// The render benchmark: real-time factor of a typical mix beside a plain scalar oscillator loop, bytes allocated per
/// block in steady state, and block render times while another thread allocates.
/// </summary>
internal static class RenderScenario
{
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(2);

    public static void Run(string[] args)
    {
        var seconds = args.Length > 0 && int.TryParse(args[0], out var s) ? s : 240;
        var spec = AudioSpec.Session;
        var frames = (long)seconds * spec.SampleRate;
        Console.WriteLine($"Auralis render benchmark: {seconds} s of 48 kHz stereo in 128-frame blocks, GC: {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")}, concurrent: {System.Runtime.GCSettings.LatencyMode}");

        // Warm up both paths until the JIT has finished tiering them: on a 2-core host the mix reaches its steady
        // speed only after about half a second of rendering, so the warm-up is measured in wall time, not in audio.
        var warming = Stopwatch.StartNew();
        while (warming.Elapsed < WarmUp)
        {
            Mix(spec, spec.SampleRate * 10L, measure: false);
            ScalarReference(spec.SampleRate * 10L);
        }

        // A shared machine's speed drifts from second to second, so the mix and the reference are timed in alternating
        // rounds and each figure is the median of its rounds, with the range beside it.
        const int Rounds = 8;
        var roundFrames = frames / Rounds;
        var roundSeconds = roundFrames / (double)spec.SampleRate;
        var mixFactors = new double[Rounds];
        var referenceFactors = new double[Rounds];
        var ratios = new double[Rounds];
        var (allocatedPerBlock, voices) = (0.0, 0);
        for (var round = 0; round < Rounds; round++)
        {
            var reference = ScalarReference(roundFrames);
            var (mixTime, allocated, sounding) = Mix(spec, roundFrames, measure: true);
            (mixFactors[round], referenceFactors[round], ratios[round]) =
                (roundSeconds / mixTime.TotalSeconds, roundSeconds / reference.TotalSeconds, mixTime.TotalSeconds / reference.TotalSeconds);
            (allocatedPerBlock, voices) = (Math.Max(allocatedPerBlock, allocated), sounding);
        }

        Console.WriteLine($"typical mix ({voices} voices sounding on average, 4 instruments, delay, reverb, master stage): {Median(mixFactors):0}x real time, median of {Rounds} rounds of {roundSeconds:0.#} s ({mixFactors.Min():0}-{mixFactors.Max():0}x) (target >= 150x)");
        Console.WriteLine($"scalar sine reference (one oscillator, stereo): {Median(referenceFactors):0}x real time ({referenceFactors.Min():0}-{referenceFactors.Max():0}x)");
        Console.WriteLine($"mix cost relative to the reference: {Median(ratios):0.0}x the time of one scalar oscillator (median of the rounds' ratios, {ratios.Min():0.0}-{ratios.Max():0.0}x)");
        Console.WriteLine($"allocated per block in steady state: {allocatedPerBlock:0.###} bytes (target 0)");

        var (p50, p99, p999, max, blocks) = BlockTimesUnderAllocation(spec, Math.Min(frames, spec.SampleRate * 20L));
        var period = spec.MaxBlockFrames * 1000.0 / spec.SampleRate;
        Console.WriteLine($"block render time, paced in real time while another thread allocates ({blocks} blocks): p50 {p50:0.000} ms, p99 {p99:0.000} ms, p99.9 {p999:0.000} ms, max {max:0.000} ms");
        Console.WriteLine($"p99.9 is {p999 / period * 100:0.0}% of the {period:0.00} ms block period (target < 25%)");

        SoundFontComparison.Run(seconds);
    }

    private static double Median(double[] values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static (TimeSpan Elapsed, double AllocatedPerBlock, int Voices) Mix(AudioSpec spec, long frames, bool measure)
    {
        var mix = new TypicalMix(spec);
        var block = new float[spec.MaxBlockFrames * 2];
        mix.ScheduleUntil(spec.SampleRate);
        for (var i = 0; i < 200; i++)
        {
            mix.ScheduleUntil(mix.Renderer.Frame + spec.SampleRate);
            mix.Renderer.Render(block);
        }

        // No pause before the timing: an idle core comes back with cold caches, and pausing before each round once
        // measured the host's wake-up (110-190x) rather than the mix (215x when rendering without a break).
        var voiceBlocks = 0L;
        var blocks = 0L;
        var watch = Stopwatch.StartNew();
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var end = mix.Renderer.Frame + frames;
        while (mix.Renderer.Frame < end)
        {
            if (mix.Renderer.Frame % spec.SampleRate < spec.MaxBlockFrames)
            {
                mix.ScheduleUntil(mix.Renderer.Frame + spec.SampleRate);
            }

            mix.Renderer.Render(block);
            voiceBlocks += mix.Renderer.ActiveVoices;
            blocks++;
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        watch.Stop();
        return (watch.Elapsed, measure ? allocated / (double)blocks : 0, (int)Math.Round(voiceBlocks / (double)blocks));
    }

    // The in-run reference: one plain scalar sine oscillator writing the same number of stereo frames.
    private static TimeSpan ScalarReference(long frames)
    {
        var block = new float[256];
        var phase = 0.0;
        const double increment = 440.0 / 48_000;
        var watch = Stopwatch.StartNew();
        for (long done = 0; done < frames; done += 128)
        {
            for (var i = 0; i < 128; i++)
            {
                var sample = (float)Math.Sin(2 * Math.PI * phase);
                block[2 * i] = sample;
                block[(2 * i) + 1] = sample;
                phase += increment;
                if (phase >= 1)
                {
                    phase -= 1;
                }
            }
        }

        watch.Stop();
        GC.KeepAlive(block);
        return watch.Elapsed;
    }

    private static (double P50, double P99, double P999, double Max, int Blocks) BlockTimesUnderAllocation(AudioSpec spec, long frames)
    {
        var mix = new TypicalMix(spec);
        var block = new float[spec.MaxBlockFrames * 2];
        var times = new double[(int)(frames / spec.MaxBlockFrames) + 1];
        using var stop = new CancellationTokenSource();
        // The other thread allocates like a busy node: short-lived messages (JSON text, socket buffers) of 100 B to
        // 8 KB, a few hundred alive at a time, at about 50 MB/s — far more than a node streaming to 200 listeners.
        long garbageBytes = 0;
        var garbage = new Thread(() =>
        {
            var live = new object[256];
            var i = 0;
            var clock = Stopwatch.StartNew();
            while (!stop.IsCancellationRequested)
            {
                var size = 100 + (i % 8000);
                live[i % live.Length] = (i % 2) == 0 ? new string('x', size / 2) : new byte[size];
                garbageBytes += size;
                i++;
                if (garbageBytes > clock.Elapsed.TotalSeconds * 50e6)
                {
                    Thread.Sleep(1);
                }
            }
        }) { IsBackground = true, Name = "garbage" };
        var collectionsBefore = GC.CollectionCount(0);
        var wall = Stopwatch.StartNew();
        garbage.Start();
        Thread.CurrentThread.Priority = ThreadPriority.Highest;
        var count = 0;
        var end = mix.Renderer.Frame + frames;
        var pacer = new Auralis.Audio.Rendering.RealTimePacer(spec.SampleRate, TimeSpan.FromMilliseconds(50), mix.Renderer.Frame);
        while (mix.Renderer.Frame < end)
        {
            mix.ScheduleUntil(mix.Renderer.Frame + spec.SampleRate);
            pacer.AwaitBlock(mix.Renderer.Frame, CancellationToken.None);
            var started = Stopwatch.GetTimestamp();
            mix.Renderer.Render(block);
            times[count++] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        stop.Cancel();
        garbage.Join();
        Thread.CurrentThread.Priority = ThreadPriority.Normal;
        Console.WriteLine($"the other thread allocated {garbageBytes / wall.Elapsed.TotalSeconds / 1e6:0} MB/s; {GC.CollectionCount(0) - collectionsBefore} gen0 collections during the run");
        var sorted = times.Take(count).Order().ToArray();
        double At(double quantile) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(quantile * sorted.Length) - 1)];
        return (At(0.5), At(0.99), At(0.999), sorted[^1], count);
    }
}
