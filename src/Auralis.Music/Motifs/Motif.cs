using Auralis.Music.Theory;

namespace Auralis.Music.Motifs;

/// <summary>A short musical idea: notes in a key with ticks relative to the motif's start, and the motif's length.</summary>
/// <remarks>Transformations return new motifs; diatonic ones keep every note in the key.</remarks>
public sealed record Motif
{
    /// <summary>Creates a motif, refusing an empty one or notes that start outside its length.</summary>
    public Motif(Key key, IReadOnlyList<Note> notes, int lengthTicks)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (notes is null || notes.Count == 0)
        {
            throw new ArgumentException("A motif needs at least one note.", nameof(notes));
        }

        if (notes.Any(n => n.Tick >= lengthTicks))
        {
            throw new ArgumentException($"Every note must start inside the motif's {lengthTicks} ticks.", nameof(notes));
        }

        Key = key;
        Notes = notes.OrderBy(n => n.Tick).ThenBy(n => n.Pitch).ToArray();
        LengthTicks = lengthTicks;
    }

    /// <summary>The key the motif is heard in.</summary>
    public Key Key { get; }

    /// <summary>The notes, ticks relative to the motif's start, in time order.</summary>
    public IReadOnlyList<Note> Notes { get; }

    /// <summary>How long the motif lasts before the next statement may start.</summary>
    public int LengthTicks { get; }

    /// <summary>A motif whose length is the end of its last note.</summary>
    public static Motif Of(Key key, params Note[] notes) => new(key, notes, (int)notes.Max(n => n.EndTick));

    /// <summary>Moved by <paramref name="steps"/> degrees of the key (a diatonic transposition).</summary>
    public Motif TransposeInScale(int steps) => WithPitches(n => Key.StepBy(n.Pitch, steps));

    /// <summary>Moved by <paramref name="semitones"/> (a chromatic transposition; notes may leave the key).</summary>
    public Motif Transpose(int semitones) => WithPitches(n => n.Pitch + semitones);

    /// <summary>Mirrored diatonically around <paramref name="axis"/>: a step up becomes a step down.</summary>
    public Motif Invert(Pitch axis)
    {
        var pivot = ScaleIndex.Of(Key, axis);
        return WithPitches(n => ScaleIndex.PitchOf(Key, (2 * pivot) - ScaleIndex.Of(Key, n.Pitch)));
    }

    /// <summary>Mirrored around its first note.</summary>
    public Motif Invert() => Invert(Notes[0].Pitch);

    /// <summary>Played backwards: each note keeps its duration and ends where it began, counted from the end.</summary>
    public Motif Retrograde() =>
        new(Key, Notes.Select(n => n with { Tick = Math.Max(0, LengthTicks - n.EndTick) }).ToArray(), LengthTicks);

    /// <summary>Every onset and duration multiplied by <paramref name="factor"/>.</summary>
    public Motif Augment(int factor)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(factor);
        return new Motif(Key, Notes.Select(n => n with { Tick = n.Tick * factor, DurationTicks = n.DurationTicks * factor }).ToArray(), LengthTicks * factor);
    }

    /// <summary>Every onset and duration divided by <paramref name="divisor"/>; refused when a tick would not stay whole.</summary>
    public Motif Diminish(int divisor)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(divisor);
        if (LengthTicks % divisor != 0 || Notes.Any(n => n.Tick % divisor != 0 || n.DurationTicks % divisor != 0))
        {
            throw new ArgumentException($"Diminishing by {divisor} would leave fractional ticks.", nameof(divisor));
        }

        return new Motif(Key, Notes.Select(n => n with { Tick = n.Tick / divisor, DurationTicks = n.DurationTicks / divisor }).ToArray(), LengthTicks / divisor);
    }

    /// <summary>The motif stated <paramref name="count"/> times in a row, each statement <paramref name="stepsEach"/> scale steps from the last.</summary>
    public Motif Sequence(int count, int stepsEach)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        var notes = Enumerable.Range(0, count)
            .SelectMany(i => TransposeInScale(i * stepsEach).Notes.Select(n => n with { Tick = n.Tick + ((long)i * LengthTicks) }))
            .ToArray();
        return new Motif(Key, notes, LengthTicks * count);
    }

    /// <summary>The notes placed at <paramref name="startTick"/> on the timeline.</summary>
    public IEnumerable<Note> At(long startTick) => Notes.Select(n => n with { Tick = n.Tick + startTick });

    private Motif WithPitches(Func<Note, Pitch> pitch) => new(Key, Notes.Select(n => n with { Pitch = pitch(n) }).ToArray(), LengthTicks);
}
