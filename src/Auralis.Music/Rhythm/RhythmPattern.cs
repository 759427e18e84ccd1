namespace Auralis.Music.Rhythm;

/// <summary>A rhythm as onsets in ticks (480 per quarter note) over a fixed length; immutable.</summary>
public sealed class RhythmPattern
{
    /// <summary>Creates a pattern, refusing onsets outside the length, out of order, or overlapping their successor.</summary>
    public RhythmPattern(int lengthTicks, IEnumerable<Onset> onsets)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(lengthTicks);
        var ordered = onsets.ToArray();
        for (var i = 0; i < ordered.Length; i++)
        {
            var onset = ordered[i];
            if (onset.Tick < 0 || onset.Tick >= lengthTicks || onset.DurationTicks <= 0)
            {
                throw new ArgumentException($"Onset {i} at tick {onset.Tick} lasting {onset.DurationTicks} does not fit a pattern of {lengthTicks} ticks.", nameof(onsets));
            }

            if (i > 0 && onset.Tick <= ordered[i - 1].Tick)
            {
                throw new ArgumentException($"Onsets must be in strictly increasing tick order; onset {i} at {onset.Tick} is not.", nameof(onsets));
            }
        }

        LengthTicks = lengthTicks;
        Onsets = ordered;
    }

    /// <summary>The pattern's length in ticks.</summary>
    public int LengthTicks { get; }

    /// <summary>The attacks, in tick order.</summary>
    public IReadOnlyList<Onset> Onsets { get; }

    /// <summary>
    /// A pattern from successive durations (each onset lasts until the next): e.g. the resultant 2, 1, 1, 2 of 3 ÷ 2,
    /// each unit worth <paramref name="unitTicks"/>.
    /// </summary>
    public static RhythmPattern FromDurations(IReadOnlyList<int> durations, int unitTicks)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(unitTicks);
        if (durations.Count == 0 || durations.Any(d => d <= 0))
        {
            throw new ArgumentException("A rhythm needs at least one duration, and every duration must be positive.", nameof(durations));
        }

        var onsets = new List<Onset>(durations.Count);
        var tick = 0;
        foreach (var duration in durations)
        {
            onsets.Add(new Onset(tick, duration * unitTicks));
            tick += duration * unitTicks;
        }

        return new RhythmPattern(tick, onsets);
    }

    /// <summary>
    /// A pattern from a step grid (true = attack), each step worth <paramref name="stepTicks"/>; an attack lasts until
    /// the next attack or the end of the pattern.
    /// </summary>
    public static RhythmPattern FromSteps(IReadOnlyList<bool> steps, int stepTicks)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(stepTicks);
        if (steps.Count == 0)
        {
            throw new ArgumentException("A step grid needs at least one step.", nameof(steps));
        }

        var hits = Enumerable.Range(0, steps.Count).Where(i => steps[i]).ToArray();
        var onsets = hits.Select((step, i) => new Onset(step * stepTicks, ((i + 1 < hits.Length ? hits[i + 1] : steps.Count) - step) * stepTicks));
        return new RhythmPattern(steps.Count * stepTicks, onsets);
    }

    /// <summary>The durations between successive onsets, the last running to the end of the pattern (and round to the first).</summary>
    public IReadOnlyList<int> InterOnsetIntervals()
    {
        if (Onsets.Count == 0)
        {
            return [];
        }

        return Onsets.Select((onset, i) => (i + 1 < Onsets.Count ? Onsets[i + 1].Tick : LengthTicks + Onsets[0].Tick) - onset.Tick).ToArray();
    }

    /// <summary>The pattern shifted later by <paramref name="ticks"/> (earlier when negative), wrapping around its length.</summary>
    public RhythmPattern Rotate(int ticks)
    {
        var shift = ((ticks % LengthTicks) + LengthTicks) % LengthTicks;
        var onsets = Onsets
            .Select(o => o with { Tick = (o.Tick + shift) % LengthTicks })
            .OrderBy(o => o.Tick)
            .Select(o => o with { DurationTicks = Math.Min(o.DurationTicks, LengthTicks - o.Tick) });
        return new RhythmPattern(LengthTicks, onsets);
    }

    /// <summary>This pattern followed by <paramref name="next"/>.</summary>
    public RhythmPattern Then(RhythmPattern next) =>
        new(LengthTicks + next.LengthTicks, Onsets.Concat(next.Onsets.Select(o => o with { Tick = o.Tick + LengthTicks })));

    /// <summary>The pattern repeated to fill exactly <paramref name="lengthTicks"/> (the last repetition cut short).</summary>
    public RhythmPattern RepeatTo(int lengthTicks)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(lengthTicks);
        var onsets = new List<Onset>();
        for (var start = 0; start < lengthTicks; start += LengthTicks)
        {
            foreach (var onset in Onsets)
            {
                var tick = start + onset.Tick;
                if (tick < lengthTicks)
                {
                    onsets.Add(onset with { Tick = tick, DurationTicks = Math.Min(onset.DurationTicks, lengthTicks - tick) });
                }
            }
        }

        return new RhythmPattern(lengthTicks, onsets);
    }

    /// <summary>The pattern with every tick and duration multiplied by <paramref name="factor"/> (augmentation).</summary>
    public RhythmPattern Scale(int factor)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(factor);
        return new RhythmPattern(LengthTicks * factor, Onsets.Select(o => o with { Tick = o.Tick * factor, DurationTicks = o.DurationTicks * factor }));
    }

    /// <summary>"x..x..x." with one character per <paramref name="stepTicks"/>: x = onset, . = none.</summary>
    public string ToGrid(int stepTicks)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(stepTicks);
        var cells = new char[(LengthTicks + stepTicks - 1) / stepTicks];
        Array.Fill(cells, '.');
        foreach (var onset in Onsets)
        {
            cells[onset.Tick / stepTicks] = 'x';
        }

        return new string(cells);
    }
}
