using System.Globalization;

namespace Auralis.Benchmarks.Music;

/// <summary>Prints the figures of every session as three tables (harmony and form; melody, voice leading and dynamics; market), the bull/bear and series comparisons, and how many sessions meet each target.</summary>
internal static class MusicReport
{
    public static void Print(IReadOnlyList<MusicFigures> sessions, double seconds, double formSeconds, TextWriter output)
    {
        output.WriteLine($"-- harmony (first {seconds:0} s) and form (first {formSeconds:0} s)");
        var harmony = new TextTable("session", "loops/5m", "chords/5m", "loop run", "off-bar %", "vel range", "density x", "LRA LU", "max s w/ drums", "LUFS", "dBTP");
        foreach (var f in sessions)
        {
            harmony.Add(f.Case.Label, N(f.Harmony.LoopsPer5Minutes, 1), N(f.Harmony.DegreesPer5Minutes, 1), N(f.Harmony.LongestLoopRun, 0),
                N(f.Harmony.OffBarChordPercent, 1), N(f.Form.VelocityRange, 1), N(f.Form.DensityRatio, 2), N(f.Form.LoudnessRangeLu, 1),
                f.Form.LongestWithDrumsSeconds is { } drums ? N(drums, 0) : "never", N(f.Loudness.IntegratedLufs, 1), N(f.Loudness.TruePeakDbtp, 1));
        }

        harmony.Print(output);
        output.WriteLine();
        output.WriteLine($"-- melody, voice leading and dynamics (first {seconds:0} s)");
        var melody = new TextTable("session", "rep bars %", "verbatim bars", "silent beats %", "below alto %", "unison %", "par/100", "bass rhythms/16", "vel SD S/A/B", "min SD");
        foreach (var f in sessions)
        {
            melody.Add(f.Case.Label, N(f.Melody.RepeatedBarPercent, 1), N(f.Melody.LongestVerbatimBars, 0), N(f.Melody.SilentBeatPercent, 1),
                N(f.VoiceLeading.BelowAltoPercent, 1), N(f.VoiceLeading.UnisonPercent, 1), N(f.VoiceLeading.ParallelsPer100Motions, 2),
                N(f.VoiceLeading.BassRhythmsPer16Bars, 2), $"{N(f.Dynamics.Soprano, 1)}/{N(f.Dynamics.Alto, 1)}/{N(f.Dynamics.Bass, 1)}", N(f.Dynamics.Minimum, 1));
        }

        melody.Print(output);
        output.WriteLine();
        output.WriteLine($"-- market (first {seconds:0} s; moves over the whole recording)");
        var market = new TextTable("session", "r beat", "edge %", "r bar", "r |move|~vel", "r |move|~notes", "moves");
        foreach (var f in sessions)
        {
            market.Add(f.Case.Label, N(f.Market.MelodyMoveCorrelation, 2), N(f.Market.RangeEdgePercent, 1), N(f.Market.BarRegisterCorrelation, 2),
                N(f.Market.MoveVelocityCorrelation, 2), N(f.Market.MoveDensityCorrelation, 2), N(f.MovesObserved, 0));
        }

        market.Print(output);
        output.WriteLine();
        var crossTargets = PrintComparisons(sessions, output);
        output.WriteLine();
        output.WriteLine("-- targets (sessions meeting each)");
        var targets = new TextTable("target", "met");
        foreach (var target in MusicTarget.All)
        {
            var applicable = sessions.Where(f => target.AppliesTo(f.Case)).ToArray();
            targets.Add(target.Name, $"{applicable.Count(target.IsMet)} of {applicable.Length}");
        }

        foreach (var (name, met, of) in crossTargets)
        {
            targets.Add(name, $"{met} of {of}");
        }

        targets.Print(output);
    }

    // Bull against bear on each seed, correlation against sensitivity on each seed, and the series' rows against its moves.
    private static List<(string Name, int Met, int Of)> PrintComparisons(IReadOnlyList<MusicFigures> sessions, TextWriter output)
    {
        int contrasted = 0, pairs = 0, rising = 0, ladders = 0;
        foreach (var seed in sessions.Select(f => f.Case.Seed).Distinct())
        {
            var bull = Find(sessions, seed, "bull", 0.5, 2);
            var bear = Find(sessions, seed, "bear", 0.5, 2);
            if (bull is not null && bear is not null)
            {
                pairs++;
                var differences = bull.Texture.DifferencesFrom(bear.Texture);
                contrasted += differences >= 2 ? 1 : 0;
                var measured = bull.Texture.Measurements.Zip(bear.Texture.Measurements, (b, r) => $"{b.Name} {N(b.Value, 2)} vs {N(r.Value, 2)}");
                output.WriteLine($"bull vs bear, seed {seed}: {string.Join(", ", measured)} -> {differences} of 5 differ by > 10 %");
            }

            var ladder = new[] { 0.5, 2, 8 }.Select(sensitivity => Find(sessions, seed, "auto", 0.5, sensitivity)).ToArray();
            if (ladder.All(f => f is not null))
            {
                ladders++;
                var r = ladder.Select(f => f!.Market.MelodyMoveCorrelation).ToArray();
                rising += r[0] < r[1] && r[1] < r[2] ? 1 : 0;
                output.WriteLine($"beat r(price move, melody move) by sensitivity 0.5 / 2 / 8, seed {seed}: {N(r[0], 2)} / {N(r[1], 2)} / {N(r[2], 2)}");
            }
        }

        foreach (var series in sessions.Where(f => f.Case.Series is not null))
        {
            output.WriteLine($"series {series.Case.Label}: {series.Case.Series!.Count} rows, {series.MovesObserved} moves observed");
        }

        return
        [
            ("market: bull and bear differ in >= 2 things besides chords (per seed)", contrasted, pairs),
            ("market: beat r rises with sensitivity 0.5 < 2 < 8 (per seed)", rising, ladders),
        ];
    }

    private static MusicFigures? Find(IReadOnlyList<MusicFigures> sessions, ulong seed, string regime, double intensity, double sensitivity) =>
        sessions.FirstOrDefault(f => f.Case.Seed == seed && f.Case.Regime == regime && f.Case.Series is null
            && f.Case.Intensity == intensity && f.Case.Sensitivity == sensitivity);

    private static string N(double value, int decimals) =>
        double.IsNaN(value) ? "n/a" : value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
