using Auralis.Music.Randomness;
using Auralis.Music.Theory;
using Auralis.Music.Time;

namespace Auralis.Music.Motifs;

/// <summary>Varies a motif over a phrase: statements, sequences, inversions and retrogrades, closing on a cadence.</summary>
/// <remarks>
/// The phrase is cut into consecutive slots of the motif's length; the first slot states the motif, the last holds the
/// cadence, and the others draw a variation from the seeded generator. A variation that leaves the range is moved by
/// octaves (in scale steps) towards it, and if it still does not fit the plain statement is used. Notes never run past
/// the phrase's end, and every note stays in the motif's key.
/// </remarks>
public static class PatternExpander
{
    private static readonly MotifVariation[] Middle =
        [MotifVariation.Statement, MotifVariation.SequenceUp, MotifVariation.SequenceDown, MotifVariation.Inversion, MotifVariation.Retrograde];

    /// <summary>The notes of a phrase of <paramref name="bars"/> bars starting at <paramref name="startTick"/>, and the variation of each slot.</summary>
    public static (IReadOnlyList<Note> Notes, IReadOnlyList<MotifVariation> Plan) Expand(
        Motif motif, long startTick, int bars, TimeSignature signature, Pitch low, Pitch high, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(motif);
        ArgumentNullException.ThrowIfNull(random);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bars);
        if (high < low)
        {
            throw new ArgumentException($"The range {low}..{high} is empty.", nameof(high));
        }

        var phraseTicks = (long)bars * signature.TicksPerBar;
        var slots = (int)Math.Max(1, phraseTicks / motif.LengthTicks);
        var notes = new List<Note>();
        var plan = new List<MotifVariation>();
        for (var slot = 0; slot < slots; slot++)
        {
            var variation = slot == slots - 1 ? MotifVariation.Cadence : slot == 0 ? MotifVariation.Statement : Middle[random.NextInt(Middle.Length)];
            var steps = random.NextInt(1, 3);
            var varied = Fit(Vary(motif, variation, steps), low, high) ?? Fit(motif, low, high)
                ?? throw new ArgumentException($"The motif does not fit the range {low}..{high} in any octave.", nameof(low));
            var slotStart = startTick + ((long)slot * motif.LengthTicks);
            var slotEnd = slot == slots - 1 ? startTick + phraseTicks : slotStart + motif.LengthTicks;
            foreach (var note in varied.At(slotStart).Where(n => n.Tick < slotEnd))
            {
                var end = variation == MotifVariation.Cadence && note.Tick == varied.Notes[^1].Tick + slotStart ? slotEnd : Math.Min(note.EndTick, slotEnd);
                notes.Add(note with { DurationTicks = (int)(end - note.Tick) });
            }

            plan.Add(variation);
        }

        return (notes, plan);
    }

    private static Motif Vary(Motif motif, MotifVariation variation, int steps) => variation switch
    {
        MotifVariation.SequenceUp => motif.TransposeInScale(steps),
        MotifVariation.SequenceDown => motif.TransposeInScale(-steps),
        MotifVariation.Inversion => motif.Invert(),
        MotifVariation.Retrograde => motif.Retrograde(),
        MotifVariation.Cadence => WithTonicEnding(motif),
        _ => motif,
    };

    private static Motif WithTonicEnding(Motif motif)
    {
        var last = motif.Notes[^1];
        var tonicBelow = ScaleIndex.Of(motif.Key, last.Pitch) / motif.Key.Scale.Length * motif.Key.Scale.Length;
        var candidates = new[] { tonicBelow, tonicBelow + motif.Key.Scale.Length };
        var target = candidates.MinBy(index => Math.Abs(ScaleIndex.PitchOf(motif.Key, index) - last.Pitch));
        var notes = motif.Notes.ToArray();
        notes[^1] = last with { Pitch = ScaleIndex.PitchOf(motif.Key, target) };
        return new Motif(motif.Key, notes, motif.LengthTicks);
    }

    private static Motif? Fit(Motif motif, Pitch low, Pitch high)
    {
        var octave = motif.Key.Scale.Length;
        for (var shift = 0; shift <= 4; shift++)
        {
            foreach (var direction in shift == 0 ? new[] { 0 } : [shift, -shift])
            {
                try
                {
                    var moved = direction == 0 ? motif : motif.TransposeInScale(direction * octave);
                    if (moved.Notes.All(n => n.Pitch >= low && n.Pitch <= high))
                    {
                        return moved;
                    }
                }
                catch (ArgumentOutOfRangeException)
                {
                    // Moved past the MIDI range: try the other direction.
                }
            }
        }

        return null;
    }
}
