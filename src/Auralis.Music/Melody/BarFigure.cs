using Auralis.Music.Randomness;
using Auralis.Music.Time;

namespace Auralis.Music.Melody;

/// <summary>
/// A bar of melody as rhythm and contour, independent of key and register: the unit a theme is made of and that is
/// repeated, moved in sequence, inverted, turned round, fragmented, augmented or ornamented.
/// </summary>
public sealed record BarFigure(IReadOnlyList<FigureNote> Notes, int BarTicks)
{
    /// <summary>A new theme bar: a rhythm of beat cells (rests, quarters, eighths, dotted and sixteenth figures) as busy as <paramref name="density"/> (0..1), over a mostly stepwise contour.</summary>
    public static BarFigure Compose(TimeSignature signature, double density, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var beat = signature.TicksPerBeat;
        var (eighth, sixteenth) = (beat / 2, beat / 4);
        var rhythm = new List<(int Onset, int Duration)>();
        for (var b = 0; b < signature.BeatsPerBar; b++)
        {
            var at = b * beat;
            ReadOnlySpan<double> weights =
            [
                b == 0 ? 0 : 0.3 + (0.4 * (1 - density)),
                1.1 - (0.6 * density),
                0.3 + (0.9 * density),
                0.15 + (0.3 * density),
                b == 0 ? 0 : 0.25,
                Math.Max(0, density - 0.45) * 1.4,
                b == 0 || rhythm.Count == 0 ? 0 : 0.3,
            ];
            switch (random.ChooseWeighted(weights))
            {
                case 0:
                    break;
                case 1:
                    rhythm.Add((at, beat));
                    break;
                case 2:
                    rhythm.Add((at, eighth));
                    rhythm.Add((at + eighth, eighth));
                    break;
                case 3:
                    rhythm.Add((at, eighth + sixteenth));
                    rhythm.Add((at + eighth + sixteenth, sixteenth));
                    break;
                case 4:
                    rhythm.Add((at + eighth, eighth));
                    break;
                case 5:
                    for (var s = 0; s < 4; s++)
                    {
                        rhythm.Add((at + (s * sixteenth), sixteenth));
                    }

                    break;
                default:
                    var (onset, duration) = rhythm[^1];
                    rhythm[^1] = (onset, duration + beat);
                    break;
            }
        }

        if (rhythm.Count < 2)
        {
            rhythm.Add(((signature.BeatsPerBar - 1) * beat, beat));
        }

        var notes = new List<FigureNote>(rhythm.Count);
        var step = 0;
        var lastMove = 0;
        foreach (var (onset, duration) in rhythm)
        {
            if (notes.Count > 0)
            {
                var move = Math.Abs(lastMove) >= 3 ? -Math.Sign(lastMove) : Moves[random.ChooseWeighted(MoveWeights)];
                move = step + move is < -3 or > 4 ? -move : move;
                step += move;
                lastMove = move;
            }

            // A strong beat's note stays a third at most from the first, as the chord tones around it lie, so snapping
            // it to the chord seldom bends the figure's shape.
            if (notes.Count > 0 && onset % beat == 0 && signature.IsStrongBeat(onset / beat))
            {
                step = Math.Clamp((int)Math.Round(step / 2.0) * 2, -2, 2);
            }

            notes.Add(new FigureNote(onset, duration, step));
        }

        return new BarFigure(notes, signature.TicksPerBar);
    }

    private static readonly int[] Moves = [-2, -1, 1, 2, 3, -3, 0];
    private static readonly double[] MoveWeights = [0.8, 1.6, 1.6, 0.8, 0.35, 0.35, 0.3];

    /// <summary>The figure upside down: every step mirrored about the first note.</summary>
    public BarFigure Inverted() => this with { Notes = Notes.Select(n => n with { Step = -n.Step }).ToArray() };

    /// <summary>The figure's pitches in reverse order over its own rhythm.</summary>
    public BarFigure Retrograde()
    {
        var steps = Notes.Select(n => n.Step).Reverse().ToArray();
        var first = steps.Length > 0 ? steps[0] : 0;
        return this with { Notes = Notes.Select((n, i) => n with { Step = steps[i] - first }).ToArray() };
    }

    /// <summary>The first half's notes stated twice, the second time a step higher.</summary>
    public BarFigure Fragment()
    {
        var half = BarTicks / 2;
        var head = Notes.Where(n => n.Onset < half).Select(n => n with { Duration = Math.Min(n.Duration, half - n.Onset) }).ToArray();
        return this with { Notes = [.. head, .. head.Select(n => n with { Onset = n.Onset + half, Step = n.Step + 1 })] };
    }

    /// <summary>The first half's notes at half speed, filling the bar.</summary>
    public BarFigure Augmented()
    {
        var half = BarTicks / 2;
        return this with
        {
            Notes = Notes.Where(n => n.Onset < half).Select(n => n with { Onset = n.Onset * 2, Duration = Math.Min(n.Duration * 2, BarTicks - (n.Onset * 2)) }).ToArray(),
        };
    }

    /// <summary>Every note of a beat or more split in two, the second half a passing step towards the next note.</summary>
    public BarFigure Ornamented(int beatTicks)
    {
        var notes = new List<FigureNote>();
        for (var i = 0; i < Notes.Count; i++)
        {
            var note = Notes[i];
            if (note.Duration >= beatTicks && note.Duration % 2 == 0)
            {
                var next = i + 1 < Notes.Count ? Notes[i + 1].Step : note.Step;
                var passing = note.Step + (next > note.Step ? 1 : next < note.Step ? -1 : 1);
                notes.Add(note with { Duration = note.Duration / 2 });
                notes.Add(new FigureNote(note.Onset + (note.Duration / 2), note.Duration / 2, passing));
            }
            else
            {
                notes.Add(note);
            }
        }

        return this with { Notes = notes };
    }

    /// <summary>
    /// Every note that lasts past a beat struck again on each beat it crosses, same step: the rhythm a line has when it
    /// follows something beat by beat, since a held note cannot move when the market does.
    /// </summary>
    public BarFigure RestruckOnBeats(int beatTicks)
    {
        var notes = new List<FigureNote>(Notes.Count);
        foreach (var note in Notes)
        {
            var (onset, end) = (note.Onset, note.Onset + note.Duration);
            while (true)
            {
                var nextBeat = ((onset / beatTicks) + 1) * beatTicks;
                if (nextBeat >= end)
                {
                    notes.Add(note with { Onset = onset, Duration = end - onset });
                    break;
                }

                notes.Add(note with { Onset = onset, Duration = nextBeat - onset });
                onset = nextBeat;
            }
        }

        return this with { Notes = notes };
    }

    /// <summary>
    /// The figure with a note struck on each beat on which it would rest: the rhythm of a line that speaks on every beat,
    /// as the market does where it leads. A note added this way lasts to the beat's end or the next onset, whichever
    /// comes first, at the step of the figure's note before it (of its first note, on a beat before any).
    /// </summary>
    public BarFigure SoundingOnEveryBeat(int beatTicks)
    {
        if (Notes.Count == 0)
        {
            return this;
        }

        var notes = Notes.OrderBy(n => n.Onset).ToList();
        var added = new List<FigureNote>();
        for (var beat = 0; beat < BarTicks; beat += beatTicks)
        {
            if (!notes.Any(n => n.Onset <= beat && n.Onset + n.Duration > beat))
            {
                var next = notes.Where(n => n.Onset > beat).Select(n => n.Onset).DefaultIfEmpty(BarTicks).Min();
                var before = notes.LastOrDefault(n => n.Onset < beat, notes[0]);
                added.Add(before with { Onset = beat, Duration = Math.Min(beatTicks, next - beat) });
            }
        }

        return added.Count == 0 ? this : this with { Notes = [.. notes.Concat(added).OrderBy(n => n.Onset)] };
    }

    /// <summary>
    /// The cadence bar that closes a phrase: mi–re–do landing on the tonic for an authentic cadence, sol–mi–re pausing
    /// on the second degree (the dominant's fifth) for a half cadence; the goal is held from the bar's last strong beat
    /// and the bar's last beat rests, so the phrase breathes. Every phrase closes with the same words, as songs do.
    /// </summary>
    /// <remarks>From below (<paramref name="fromBelow"/>), the goal is reached by step from two steps under it (la–ti–do,
    /// ti–do–re): the same close, a register lower, for a line that is already low.</remarks>
    public static BarFigure CadenceFor(TimeSignature signature, Form.Cadence cadence, bool fromBelow = false)
    {
        var beat = signature.TicksPerBeat;
        var goalBeat = Enumerable.Range(0, signature.BeatsPerBar).Last(signature.IsStrongBeat);
        int[] approach = fromBelow ? [-2, -1] : cadence == Form.Cadence.Authentic ? [2, 1] : [3, 1];
        var notes = new List<FigureNote>();
        for (var i = 0; i < approach.Length; i++)
        {
            var at = goalBeat - approach.Length + i;
            if (at >= 0)
            {
                notes.Add(new FigureNote(at * beat, beat, approach[i], Cadence: true));
            }
        }

        var length = Math.Max(beat, ((signature.BeatsPerBar - 1) * beat) - (goalBeat * beat));
        notes.Add(new FigureNote(goalBeat * beat, length, 0, Cadence: true));
        return new BarFigure(notes, signature.TicksPerBar);
    }
}
