using Auralis.Music.Melody;
using Auralis.Engine.Composition;

namespace Auralis.Benchmarks.Music;

/// <summary>How audible the market is: the melody and the notes against the price, beat by beat and bar by bar.</summary>
/// <param name="MelodyMoveCorrelation">
/// Pearson r, per beat, of the step's price change (%) and the melody's movement (the pitch of the soprano sounding at the
/// beat minus that at the previous beat; beats where either is silent skipped).
/// </param>
/// <param name="RangeEdgePercent">Beats with a sounding melody within a semitone of the lowest or highest pitch of the melody's range, in %.</param>
/// <param name="BarRegisterCorrelation">Pearson r, per bar, of the mean price and the mean pitch of the soprano's onsets.</param>
/// <param name="MoveVelocityCorrelation">Pearson r, per beat, of |price change| and the mean velocity of the notes starting on the beat (all voices).</param>
/// <param name="MoveDensityCorrelation">Pearson r, per beat, of |price change| and the number of notes starting on the beat.</param>
internal sealed record MarketFigures(
    double MelodyMoveCorrelation,
    double RangeEdgePercent,
    double BarRegisterCorrelation,
    double MoveVelocityCorrelation,
    double MoveDensityCorrelation)
{
    public static MarketFigures Of(MusicTrack track)
    {
        var melody = track.NotesOf(MusicTrack.Soprano);
        var beats = track.Steps.Where(s => s.Move is not null).ToArray();
        var melodyAtBeat = beats.Select(s => MusicTrack.HighestAt(melody, s.Span.Tick)).ToArray();

        var moves = new List<(double, double)>();
        for (var i = 1; i < beats.Length; i++)
        {
            if (melodyAtBeat[i] is { } now && melodyAtBeat[i - 1] is { } before)
            {
                moves.Add((beats[i].Move!.Value.ChangePercent, now - before));
            }
        }

        var (lowest, highest) = (ThemeMelody.Range.Low.MidiNumber, ThemeMelody.Range.High.MidiNumber);
        var sounding = melodyAtBeat.OfType<int>().ToArray();
        var atEdge = sounding.Count(p => p - lowest <= 1 || highest - p <= 1);

        var onsetsByBeat = track.Notes.ToLookup(n => n.Note.Tick / track.TicksPerBeat);
        var sizes = beats.Select(s => (Size: Math.Abs(s.Move!.Value.ChangePercent), Onsets: onsetsByBeat[s.Span.Tick / track.TicksPerBeat].ToArray())).ToArray();
        return new MarketFigures(
            Statistics.Pearson(moves),
            Statistics.Percent(atEdge, sounding.Length),
            BarRegister(track, beats, melody),
            Statistics.Pearson(sizes.Where(b => b.Onsets.Length > 0).Select(b => (b.Size, b.Onsets.Average(n => (double)n.Note.Velocity))).ToArray()),
            Statistics.Pearson(sizes.Select(b => (b.Size, (double)b.Onsets.Length)).ToArray()));
    }

    private static double BarRegister(MusicTrack track, IReadOnlyList<ComposedStep> beats, IReadOnlyList<Auralis.Music.Theory.Note> melody)
    {
        var pitchByBar = melody.GroupBy(n => n.Tick / track.TicksPerBar).ToDictionary(g => g.Key, g => g.Average(n => (double)n.Pitch.MidiNumber));
        var pairs = beats.GroupBy(s => s.Span.Tick / track.TicksPerBar)
            .Where(bar => pitchByBar.ContainsKey(bar.Key))
            .Select(bar => (bar.Average(s => s.Move!.Value.Price), pitchByBar[bar.Key]))
            .ToArray();
        return Statistics.Pearson(pairs);
    }

    /// <summary>
    /// The moves a listener hears: for a posted series, the steps at which its rows are heard in order from the series'
    /// first step (one a step); otherwise the steps whose price differs from the one before.
    /// </summary>
    public static int MovesObserved(MusicTrack track)
    {
        var prices = track.Steps.Where(s => s.Move is not null).Select(s => s.Move!.Value.Price).ToArray();
        if (track.Case.Series is not { } series)
        {
            return track.Steps.Where(s => s.Move is not null).Select(s => s.Move!.Value).Count(move => move.Price != move.PreviousPrice);
        }

        var rows = series.Prices;
        return Enumerable.Range(0, Math.Min(rows.Count, prices.Length)).TakeWhile(i => prices[i] == rows[i]).Count();
    }
}
