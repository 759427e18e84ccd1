using Auralis.Music.Theory;

namespace Auralis.Music.VoiceLeading;

/// <summary>
/// Voices a chord for several voices, each moving to the chord tone closest to its previous note within its range,
/// without crossing, and without parallel fifths or octaves between the outermost voices where another choice exists.
/// </summary>
/// <remarks>
/// Voices are given from the lowest to the highest. Every combination of each voice's four nearest chord tones is
/// scored by total movement, with heavy penalties for crossings and outer parallels; the best wins, ties going to the
/// first found, so the result is deterministic. With four voices that is at most 256 candidates a chord.
/// </remarks>
public static class ChordVoicer
{
    private const int Candidates = 4;
    private const int CrossingPenalty = 1_000;
    private const int ParallelPenalty = 100;

    /// <summary>The next pitch of each voice (lowest first) for <paramref name="chord"/>, from <paramref name="previous"/>.</summary>
    public static Pitch[] Voice(Chord chord, IReadOnlyList<VoiceRange> ranges, IReadOnlyList<Pitch> previous)
    {
        ArgumentNullException.ThrowIfNull(chord);
        if (ranges.Count == 0 || ranges.Count != previous.Count)
        {
            throw new ArgumentException("Give one range and one previous pitch per voice.", nameof(previous));
        }

        var options = new Pitch[ranges.Count][];
        for (var v = 0; v < ranges.Count; v++)
        {
            var from = previous[v];
            options[v] = ranges[v].ChordTones(chord).OrderBy(p => Math.Abs(p - from)).ThenBy(p => p.MidiNumber).Take(Candidates).ToArray();
        }

        var best = new Pitch[ranges.Count];
        var current = new Pitch[ranges.Count];
        var bestScore = int.MaxValue;
        Search(0, 0);
        return best;

        void Search(int voice, int score)
        {
            if (score >= bestScore)
            {
                return;
            }

            if (voice == ranges.Count)
            {
                score += OuterParallels(previous, current) ? ParallelPenalty : 0;
                if (score < bestScore)
                {
                    bestScore = score;
                    current.CopyTo(best, 0);
                }

                return;
            }

            foreach (var option in options[voice])
            {
                current[voice] = option;
                var crossing = voice > 0 && option < current[voice - 1] ? CrossingPenalty : 0;
                Search(voice + 1, score + Math.Abs(option - previous[voice]) + crossing);
            }
        }
    }

    /// <summary>True when the lowest and highest voices move in the same direction from a fifth or octave to the same interval.</summary>
    public static bool OuterParallels(IReadOnlyList<Pitch> before, IReadOnlyList<Pitch> after)
    {
        if (before.Count < 2)
        {
            return false;
        }

        var (lowBefore, highBefore, lowAfter, highAfter) = (before[0], before[^1], after[0], after[^1]);
        var intervalBefore = (highBefore - lowBefore) % 12;
        var intervalAfter = (highAfter - lowAfter) % 12;
        var lowMotion = Math.Sign(lowAfter - lowBefore);
        var highMotion = Math.Sign(highAfter - highBefore);
        return lowMotion != 0 && lowMotion == highMotion && intervalBefore == intervalAfter && Interval.IsPerfectConsonance(intervalAfter);
    }
}
