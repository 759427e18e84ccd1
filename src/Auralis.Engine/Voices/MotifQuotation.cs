using Auralis.Music.Motifs;
using Auralis.Music.Randomness;
using Auralis.Music.Theory;
using Auralis.Music.VoiceLeading;

namespace Auralis.Engine.Voices;

/// <summary>How the melody states an imported motif at a phrase start: as heard, backwards or moved, rooted on the chord, inside its range.</summary>
/// <remarks>The variation is drawn from the voice's own motif stream, so a session with a motif stays deterministic and one without is unchanged.</remarks>
public static class MotifQuotation
{
    /// <summary>Bars in a phrase: a motif is stated on the downbeat of every phrase.</summary>
    public const int PhraseBars = 4;

    /// <summary>The longest statement, in bars; a longer motif is cut there.</summary>
    public const int MaxBars = 2;

    /// <summary>True on the first tick of a phrase.</summary>
    public static bool IsPhraseStart(StepContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Position.Bar % PhraseBars == 0 && context.Position.Beat == 0 && context.Position.TickInBeat == 0;
    }

    /// <summary>A statement of <paramref name="motif"/> starting at the step of <paramref name="context"/>, near <paramref name="target"/>.</summary>
    public static IReadOnlyList<Note> State(Motif motif, StepContext context, Pitch target, VoiceRange range, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(motif);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(range);
        ArgumentNullException.ThrowIfNull(random);
        var varied = random.NextInt(3) switch
        {
            0 => motif,
            1 => motif.Retrograde(),
            _ => motif.Transpose(random.NextBool() ? 2 : -2),
        };

        // Root the statement on the chord: its first note moves to the chord root nearest the melody's target.
        var first = varied.Notes[0].Pitch.MidiNumber;
        var root = context.Harmony.Current.Root.Value;
        var wanted = target.MidiNumber - ((((target.MidiNumber - root) % 12) + 12) % 12);
        if (target.MidiNumber - wanted > 6)
        {
            wanted += 12;
        }

        var shift = wanted - first;
        var limit = (long)MaxBars * context.Signature.TicksPerBar;
        return varied.Notes
            .Where(n => n.Tick < limit)
            .Select(n => n with
            {
                Tick = context.Tick + n.Tick,
                DurationTicks = (int)Math.Min(n.DurationTicks, limit - n.Tick),
                Pitch = range.Fold(n.Pitch.MidiNumber + shift),
            })
            .ToArray();
    }

    /// <summary>The length of a statement of <paramref name="motif"/> in ticks.</summary>
    public static long LengthOf(Motif motif, StepContext context)
    {
        ArgumentNullException.ThrowIfNull(motif);
        ArgumentNullException.ThrowIfNull(context);
        return Math.Min(motif.LengthTicks, (long)MaxBars * context.Signature.TicksPerBar);
    }
}
