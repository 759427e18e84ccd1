using Auralis.Music.Theory;
using Auralis.Music.Time;

namespace Auralis.Music.Form;

/// <summary>Finds the form of a note sequence: which phrases repeat (exactly or transposed) and which contrast.</summary>
/// <remarks>
/// Each phrase is fingerprinted by its notes' onsets within the phrase and the intervals between successive pitches,
/// which a transposition leaves unchanged. Two phrases are the same section when at least
/// <see cref="SimilarityThreshold"/> of their fingerprint entries match (a Dice coefficient on the multisets). Labels
/// are handed out in order of first appearance: A, B, C …
/// </remarks>
public static class FormAnalyser
{
    /// <summary>How alike two phrases must be to count as the same section.</summary>
    public const double SimilarityThreshold = 0.8;

    /// <summary>The section labels of <paramref name="notes"/> cut into phrases of <paramref name="phraseBars"/> bars, e.g. "AABA".</summary>
    public static string Segment(IReadOnlyList<Note> notes, TimeSignature signature, int phraseBars)
    {
        ArgumentNullException.ThrowIfNull(notes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(phraseBars);
        if (notes.Count == 0)
        {
            return string.Empty;
        }

        var phraseTicks = (long)phraseBars * signature.TicksPerBar;
        var phraseCount = (int)((notes.Max(n => n.Tick) / phraseTicks) + 1);
        var fingerprints = Enumerable.Range(0, phraseCount)
            .Select(i => Fingerprint(notes.Where(n => n.Tick / phraseTicks == i).OrderBy(n => n.Tick).ThenBy(n => n.Pitch).ToArray(), i * phraseTicks))
            .ToArray();

        var labels = new char[phraseCount];
        var next = 'A';
        for (var i = 0; i < phraseCount; i++)
        {
            var match = Enumerable.Range(0, i).FirstOrDefault(j => Similarity(fingerprints[i], fingerprints[j]) >= SimilarityThreshold, -1);
            labels[i] = match >= 0 ? labels[match] : next++;
        }

        return new string(labels);
    }

    /// <summary>How alike two fingerprints are, 0..1.</summary>
    internal static double Similarity(IReadOnlyList<(long Onset, int Interval)> a, IReadOnlyList<(long Onset, int Interval)> b)
    {
        if (a.Count == 0 && b.Count == 0)
        {
            return 1;
        }

        var remaining = b.GroupBy(x => x).ToDictionary(g => g.Key, g => g.Count());
        var shared = 0;
        foreach (var entry in a)
        {
            if (remaining.TryGetValue(entry, out var count) && count > 0)
            {
                remaining[entry] = count - 1;
                shared++;
            }
        }

        return 2.0 * shared / (a.Count + b.Count);
    }

    private static (long Onset, int Interval)[] Fingerprint(Note[] phrase, long phraseStart) =>
        phrase.Select((note, i) => (note.Tick - phraseStart, i == 0 ? 0 : note.Pitch - phrase[i - 1].Pitch)).ToArray();
}
