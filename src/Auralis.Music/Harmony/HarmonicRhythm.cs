using Auralis.Music.Time;

namespace Auralis.Music.Harmony;

/// <summary>How long each chord of a four-bar phrase lasts: a bar each, two bars, or half bars that quicken the harmony.</summary>
/// <remarks>Patterns are written in half bars (eight to a phrase); metres with an odd number of beats have no half bar and use the whole-bar patterns only.</remarks>
public static class HarmonicRhythm
{
    private static readonly int[][] Patterns =
    [
        [2, 2, 2, 2],
        [4, 2, 2],
        [2, 2, 4],
        [2, 2, 2, 1, 1],
        [1, 1, 2, 2, 2],
        [2, 1, 1, 2, 2],
        [4, 4],
    ];

    /// <summary>The chord lengths, in ticks, of a phrase of <paramref name="bars"/> bars: calm music changes chord slowly, energetic music quickly.</summary>
    public static IReadOnlyList<int> Draw(TimeSignature signature, double energy, bool sparse, double draw, int bars = 4)
    {
        var halves = signature.BeatsPerBar % 2 == 0;
        Span<double> weights = stackalloc double[Patterns.Length];
        for (var i = 0; i < Patterns.Length; i++)
        {
            var quick = Patterns[i].Contains(1);
            weights[i] = sparse
                ? (i is 1 or 6 ? 1 : 0)
                : quick ? (halves ? 0.35 + energy : 0) : i == 6 ? 0.15 : i == 0 ? 1.0 : 0.7;
        }

        var pattern = Patterns[Choose(weights, draw)];
        var half = signature.TicksPerBar / 2;
        var scale = bars / 4.0;
        return pattern.Select(halfBars => (int)Math.Round(halfBars * half * scale)).ToArray();
    }

    private static int Choose(ReadOnlySpan<double> weights, double draw)
    {
        var total = 0.0;
        foreach (var weight in weights)
        {
            total += weight;
        }

        var threshold = draw * total;
        for (var i = 0; i < weights.Length; i++)
        {
            threshold -= weights[i];
            if (threshold < 0 && weights[i] > 0)
            {
                return i;
            }
        }

        return 0;
    }
}
