using Auralis.Music.Randomness;
using Auralis.Music.Time;

namespace Auralis.Music.Percussion;

/// <summary>
/// Sparse percussion whose density follows an intensity of 0..1: at 0 little more than an occasional kick on the
/// downbeat, at 1 a busy but still musical groove (kick on strong beats, snare and clap on the backbeats, hats on
/// every sixteenth).
/// </summary>
/// <remarks>
/// The bar is a grid of sixteenths. Each slot draws one number per drum, in a fixed order, whatever the intensity,
/// so changing the intensity changes which hits sound but never shifts the random stream of later bars. Strong beats
/// are the downbeat and, in 4/4-like metres, the middle of the bar; backbeats are the even beats of duple metres and
/// the last beat of odd ones. Accent ticks (trades in the market) get a clap or an open hat if nothing is there, and
/// every hit on an accent is struck harder.
/// </remarks>
public static class SparsePercussion
{
    private const int Slot = Ticks.PerSixteenth;
    private static readonly Drum[] DrawOrder = [Drum.Kick, Drum.Snare, Drum.Clap, Drum.ClosedHat, Drum.OpenHat];

    /// <summary>The hits of the bar starting at <paramref name="barStartTick"/>, in tick order (kick before snare before hats on the same tick).</summary>
    public static IReadOnlyList<DrumHit> Bar(long barStartTick, TimeSignature signature, double intensity, SeededRandom random,
        IReadOnlyCollection<long>? accentTicks = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(barStartTick);
        ArgumentNullException.ThrowIfNull(random);
        if (!(intensity is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(intensity), intensity, "Intensity lies in 0..1.");
        }

        var hits = new List<DrumHit>();
        var slots = signature.TicksPerBar / Slot;
        for (var slot = 0; slot < slots; slot++)
        {
            var tick = barStartTick + (slot * Slot);
            var role = RoleOf(slot * Slot, signature);
            var accented = accentTicks?.Contains(tick) == true;
            var before = hits.Count;
            foreach (var drum in DrawOrder)
            {
                var draw = random.NextDouble();
                var jitter = random.NextInt(-8, 9);
                if (draw < Probability(drum, role, intensity))
                {
                    hits.Add(new DrumHit(tick, drum, Velocity(drum, role, jitter, accented)));
                }
            }

            if (accented && hits.Count == before)
            {
                var drum = intensity < 0.5 ? Drum.Clap : Drum.OpenHat;
                hits.Add(new DrumHit(tick, drum, Velocity(drum, role, 0, accented: true)));
            }
        }

        return hits;
    }

    private static SlotRole RoleOf(int tickInBar, TimeSignature signature)
    {
        if (tickInBar == 0)
        {
            return SlotRole.Downbeat;
        }

        var beatTicks = signature.TicksPerBeat;
        if (tickInBar % beatTicks != 0)
        {
            return tickInBar % Ticks.PerEighth == 0 ? SlotRole.Offbeat : SlotRole.Sixteenth;
        }

        var beat = tickInBar / beatTicks;
        var beats = signature.BeatsPerBar;
        if (beats % 2 == 0 && beats >= 4 && beat == beats / 2)
        {
            return SlotRole.Strong;
        }

        var backbeat = beats % 2 == 0 ? beat % 2 == 1 : beat == beats - 1;
        return backbeat ? SlotRole.Backbeat : SlotRole.Beat;
    }

    private static double Probability(Drum drum, SlotRole role, double intensity) => (drum, role) switch
    {
        (Drum.Kick, SlotRole.Downbeat) => Math.Min(1, 0.35 + (1.625 * intensity)),
        (Drum.Kick, SlotRole.Strong) => 0.9 * intensity,
        (Drum.Kick, SlotRole.Beat) => 0.4 * intensity * intensity,
        (Drum.Kick, SlotRole.Offbeat) => 0.2 * Math.Pow(intensity, 3),
        (Drum.Snare, SlotRole.Backbeat) => intensity < 0.15 ? 0 : Math.Min(1, 1.3 * intensity),
        (Drum.Snare, SlotRole.Sixteenth) => 0.1 * Math.Pow(intensity, 3),
        (Drum.Clap, SlotRole.Backbeat) => intensity < 0.6 ? 0 : 0.6,
        (Drum.ClosedHat, SlotRole.Sixteenth) => intensity < 0.7 ? 0 : 0.35 + (0.5 * intensity),
        (Drum.ClosedHat, _) => intensity < 0.3 ? 0.05 * intensity : 0.55 + (0.45 * intensity),
        (Drum.OpenHat, SlotRole.Offbeat) => 0.12 * intensity,
        _ => 0,
    };

    private static int Velocity(Drum drum, SlotRole role, int jitter, bool accented)
    {
        var weight = role switch
        {
            SlotRole.Downbeat => 110,
            SlotRole.Strong or SlotRole.Backbeat => 98,
            SlotRole.Beat => 86,
            SlotRole.Offbeat => 74,
            _ => 62,
        };
        var drumTrim = drum is Drum.ClosedHat or Drum.OpenHat ? -18 : 0;
        return Math.Clamp(weight + drumTrim + jitter + (accented ? 20 : 0), 1, 127);
    }

    private enum SlotRole
    {
        Downbeat,
        Strong,
        Backbeat,
        Beat,
        Offbeat,
        Sixteenth,
    }
}
