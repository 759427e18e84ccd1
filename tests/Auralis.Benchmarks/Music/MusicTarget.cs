namespace Auralis.Benchmarks.Music;

/// <summary>One target of issue 16 that a single session can meet: the sessions it applies to and the test of its figures.</summary>
internal sealed record MusicTarget(string Name, Func<MusicCase, bool> AppliesTo, Func<MusicFigures, bool> IsMet)
{
    private static bool Every(MusicCase _) => true;

    /// <summary>The per-session targets, in the order.</summary>
    public static IReadOnlyList<MusicTarget> All { get; } =
    [
        new("harmony: >= 3 chord loops per 5 min (forced regime)", c => c.IsForced, f => f.Harmony.LoopsPer5Minutes >= 3),
        new("harmony: >= 6 distinct chords per 5 min (forced regime)", c => c.IsForced, f => f.Harmony.DegreesPer5Minutes >= 6),
        new("harmony: no loop more than 4 times in a row", Every, f => f.Harmony.LongestLoopRun <= 4),
        new("harmony: >= 15 % of chords not one bar long", Every, f => f.Harmony.OffBarChordPercent >= 15),
        new("form: 8-bar mean velocity range >= 12", Every, f => f.Form.VelocityRange >= 12),
        new("form: 8-bar density max/min >= 2", Every, f => f.Form.DensityRatio >= 2),
        new("form: loudness range >= 6 LU", Every, f => f.Form.LoudnessRangeLu >= 6),
        new("form: a drumless 4-bar window at least every 5 min", Every, f => f.Form.LongestWithDrumsSeconds is <= 300),
        new("melody: 25-60 % of bars repeat an earlier bar", Every, f => f.Melody.RepeatedBarPercent is >= 25 and <= 60),
        new("melody: longest verbatim repeat <= 2 bars", Every, f => f.Melody.LongestVerbatimBars <= 2),
        new("melody: >= 10 % silent beats (intensity 0.5)", c => c.Intensity == 0.5, f => f.Melody.SilentBeatPercent >= 10),
        new("voice leading: melody never below the alto's top", Every, f => f.VoiceLeading.BelowAltoPercent == 0),
        new("voice leading: melody/alto unisons <= 5 %", Every, f => f.VoiceLeading.UnisonPercent <= 5),
        new("voice leading: <= 1 parallel 5th/8ve per 100 motions", Every, f => f.VoiceLeading.ParallelsPer100Motions <= 1),
        new("voice leading: >= 3 bass rhythms per 16 bars", Every, f => f.VoiceLeading.BassRhythmsPer16Bars >= 3),
        new("dynamics: velocity SD >= 10 in every pitched voice", Every, f => f.Dynamics.Minimum >= 10),
        new("market: beat r(price move, melody move) >= 0.2 (sensitivity 0.5)", c => c.Sensitivity == 0.5, f => f.Market.MelodyMoveCorrelation >= 0.2),
        new("market: beat r(price move, melody move) >= 0.5 (sensitivity 8)", c => c.Sensitivity == 8, f => f.Market.MelodyMoveCorrelation >= 0.5),
        new("market: melody at its range edge on <= 10 % of beats", Every, f => f.Market.RangeEdgePercent <= 10),
        new("market: bar r(price level, register) >= 0.6 (real series)", c => c.Series is not null, f => f.Market.BarRegisterCorrelation >= 0.6),
        new("market: r(|move|, velocity or density) >= 0.3", Every,
            f => Math.Max(f.Market.MoveVelocityCorrelation, f.Market.MoveDensityCorrelation) >= 0.3),
        new("market: a series of N rows yields N moves", c => c.Series is not null, f => f.MovesObserved >= f.Case.Series!.Count),
    ];
}
