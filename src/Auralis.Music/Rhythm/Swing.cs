namespace Auralis.Music.Rhythm;

/// <summary>A laid-back feel: each beat's second eighth starts a twelfth of a beat late (and ends where it would have).</summary>
public static class Swing
{
    /// <summary>Where a note at <paramref name="tick"/> lasting <paramref name="duration"/> starts and how long it lasts, swung when <paramref name="swung"/>.</summary>
    public static (long Tick, int Duration) Apply(long tick, int duration, int beatTicks, bool swung)
    {
        var late = beatTicks / 12;
        return swung && tick % beatTicks == beatTicks / 2 && duration > late ? (tick + late, duration - late) : (tick, duration);
    }
}
