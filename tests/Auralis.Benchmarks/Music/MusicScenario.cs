using System.Diagnostics;
using Auralis.Market.Series;

namespace Auralis.Benchmarks.Music;

/// <summary>
/// The music benchmark of issue 16: a fixed matrix of sessions composed offline by the engine's composer and rendered,
/// measured as a listener would hear them (harmony, form, melody, voice leading, dynamics, market).
/// </summary>
/// <remarks>
/// <c>music [--seconds 150] [--form-seconds 600] [--only TEXT] [--seeds 1,2]</c>: form figures and loudness over the
/// first <c>--form-seconds</c>, everything else over the first <c>--seconds</c>; <c>--only</c> keeps the sessions whose
/// label contains the text (a quick look at one corner of the matrix); <c>--seeds</c> plays the matrix on other seeds,
/// to tell a change that helps the music from one that suits two random streams. Sessions are recorded two at a time (the benchmark host has two cores).
/// </remarks>
internal static class MusicScenario
{
    private const int Threads = 2;

    public static void Run(string[] args)
    {
        var seconds = Option(args, "--seconds", 150);
        var formSeconds = Option(args, "--form-seconds", 600);
        var recorded = Math.Max(seconds, formSeconds);
        var only = Text(args, "--only");
        var seeds = Text(args, "--seeds")?.Split(',').Select(ulong.Parse).ToArray();
        var cases = MusicCase.Matrix(Sp500Year(2013), seeds).Where(c => only is null || c.Label.Contains(only, StringComparison.OrdinalIgnoreCase)).ToArray();
        if (cases.Length == 0)
        {
            Console.Error.WriteLine($"No session of the matrix has \"{only}\" in its label.");
            Environment.ExitCode = 2;
            return;
        }

        Console.WriteLine($"Auralis music benchmark: {cases.Length} sessions, figures over {seconds:0} s, form and loudness over {formSeconds:0} s");

        var watch = Stopwatch.StartNew();
        var figures = new MusicFigures[cases.Length];
        Parallel.For(0, cases.Length, new ParallelOptions { MaxDegreeOfParallelism = Threads }, i =>
            figures[i] = MusicFigures.Of(MusicRecorder.Record(cases[i], recorded, formSeconds), seconds, formSeconds));
        watch.Stop();

        MusicReport.Print(figures, seconds, formSeconds, Console.Out);
        Console.WriteLine($"recorded {cases.Length} x {recorded:0} s of music in {watch.Elapsed.TotalSeconds:0} s");
        PrintCompositionCost(cases[^2]);
    }

    // Composition alone (no audio): what a step costs the session, the figure that must stay well under a millisecond.
    private static void PrintCompositionCost(MusicCase musicCase)
    {
        const int Warmup = 2_000;
        const int Steps = 20_000;
        var (composer, _) = MusicRecorder.Start(musicCase);
        for (var i = 0; i < Warmup; i++)
        {
            composer.ComposeStep();
        }

        var watch = Stopwatch.StartNew();
        for (var i = 0; i < Steps; i++)
        {
            composer.ComposeStep();
        }

        watch.Stop();
        Console.WriteLine($"composition: {watch.Elapsed.TotalMilliseconds * 1000 / Steps:0.0} µs per step ({musicCase.Label}, {Steps} steps after {Warmup})");
    }

    // The built-in S&P 500 closes of one year, one price per step.
    private static PriceSeries Sp500Year(int year) =>
        new($"S&P 500 {year}", BuiltInSeries.Sp500().Points.Where(p => p.Time.Year == year));

    private static string? Text(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private static double Option(string[] args, string name, double fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length && double.TryParse(args[index + 1], System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? value
            : fallback;
    }
}
