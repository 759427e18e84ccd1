using Auralis.Music.Harmony;
using Auralis.Music.Randomness;
using Auralis.Music.Time;

namespace Auralis.Music.Percussion;

/// <summary>
/// A bar of drums in the regime's own groove, as full as the energy and intensity ask, with a fill at the end of a
/// phrase and a crash at a section's start.
/// </summary>
/// <remarks>
/// Bull markets get a driving pop beat (four on the floor when busy, claps with the backbeat); bear markets a heavy
/// half-time beat with the snare on the bar's middle; sideways markets a laid-back beat with swung hats and ghost
/// notes; volatile markets a broken beat of syncopated kicks and running sixteenth hats. Every slot of the grid draws
/// the same numbers whatever is chosen, so later bars never shift.
/// </remarks>
public static class Groove
{
    private const int Slot = Ticks.PerSixteenth;
    private static readonly Drum[] DrawOrder = [Drum.Kick, Drum.Snare, Drum.Clap, Drum.ClosedHat, Drum.OpenHat];

    /// <summary>The hits of the bar at <paramref name="barStartTick"/>, in tick order.</summary>
    /// <param name="barStartTick">The bar's first tick.</param>
    /// <param name="signature">The metre.</param>
    /// <param name="regime">Whose groove to play.</param>
    /// <param name="energy">The section's energy, 0..1.</param>
    /// <param name="intensity">The listener's intensity, 0..1.</param>
    /// <param name="fill">True on a phrase's last bar: its last beat (two when energetic) is a snare fill.</param>
    /// <param name="crash">True on a section's first bar: the downbeat is crashed.</param>
    /// <param name="random">The drums' generator.</param>
    public static IReadOnlyList<DrumHit> Bar(long barStartTick, TimeSignature signature, Regime regime, double energy, double intensity, bool fill,
        bool crash, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var density = Math.Clamp(intensity * (0.4 + (0.8 * energy)), 0, 1);
        var slots = signature.TicksPerBar / Slot;
        var fillBeats = energy > 0.6 ? 2 : 1;
        var fillFrom = fill ? Math.Max(1, signature.BeatsPerBar - fillBeats) * signature.TicksPerBeat / Slot : slots;
        var hits = new List<DrumHit>();
        Span<double> draws = stackalloc double[DrawOrder.Length];
        for (var slot = 0; slot < slots; slot++)
        {
            var tick = barStartTick + (slot * Slot);
            var role = RoleOf(slot * Slot, signature);
            for (var i = 0; i < draws.Length; i++)
            {
                draws[i] = random.NextDouble();
            }

            var jitter = random.NextInt(-6, 7);
            if (slot >= fillFrom)
            {
                var progress = (slot - fillFrom) / (double)Math.Max(1, slots - fillFrom - 1);
                if (slot == fillFrom)
                {
                    hits.Add(new DrumHit(tick, Drum.Kick, Level(Drum.Kick, role, energy, jitter)));
                }

                if (draws[1] < 0.55 + (0.45 * density) || slot == slots - 1)
                {
                    hits.Add(new DrumHit(tick, Drum.Snare, Math.Clamp((int)(62 + (50 * progress) + (20 * energy)) + jitter, 1, 127)));
                }

                continue;
            }

            for (var i = 0; i < DrawOrder.Length; i++)
            {
                var drum = DrawOrder[i];
                if (draws[i] < Probability(regime, drum, role, density))
                {
                    var late = regime == Regime.Sideways && drum is Drum.ClosedHat && role == Role.Offbeat ? signature.TicksPerBeat / 12 : 0;
                    var ghost = regime == Regime.Sideways && drum == Drum.Snare ? -14 : 0;
                    hits.Add(new DrumHit(tick + late, drum, Math.Clamp(Level(drum, role, energy, jitter) + ghost + RegimeCharacter.Accent(regime), 1, 127)));
                }
            }

            if (crash && slot == 0)
            {
                hits.Add(new DrumHit(tick, Drum.OpenHat, Math.Clamp(Level(Drum.OpenHat, role, energy, jitter) + 24, 1, 127)));
            }
        }

        return hits.OrderBy(h => h.Tick).ThenBy(h => (int)h.Drum).ToArray();
    }

    private static double Probability(Regime regime, Drum drum, Role role, double d) => regime switch
    {
        Regime.Bull => (drum, role) switch
        {
            (Drum.Kick, Role.Downbeat or Role.Strong) => 1,
            (Drum.Kick, Role.Beat or Role.Backbeat) => d > 0.55 ? 1 : 0.1,
            (Drum.Kick, Role.Offbeat) => 0.12 * d,
            (Drum.Snare, Role.Backbeat) => d > 0.12 ? 1 : 0,
            (Drum.Clap, Role.Backbeat) => d > 0.5 ? 0.9 : 0,
            (Drum.ClosedHat, Role.Offbeat) => d > 0.15 ? 1 : 0.3,
            (Drum.ClosedHat, Role.Sixteenth) => d > 0.7 ? 0.6 : 0,
            (Drum.ClosedHat, _) => 0.35 + (0.4 * d),
            (Drum.OpenHat, Role.Offbeat) => 0.1 * d,
            _ => 0,
        },
        Regime.Bear => (drum, role) switch
        {
            (Drum.Kick, Role.Downbeat) => 1,
            (Drum.Kick, Role.Offbeat) => 0.3 + (0.3 * d),
            (Drum.Kick, Role.Beat) => 0.15 * d,
            (Drum.Snare, Role.Strong) => d > 0.12 ? 1 : 0,
            (Drum.Snare, Role.Sixteenth) => 0.06 * d,
            (Drum.ClosedHat, Role.Downbeat or Role.Strong or Role.Beat or Role.Backbeat) => 0.9,
            (Drum.ClosedHat, Role.Offbeat) => 0.35 * d,
            _ => 0,
        },
        Regime.Sideways => (drum, role) switch
        {
            (Drum.Kick, Role.Downbeat) => 1,
            (Drum.Kick, Role.Strong) => 0.5,
            (Drum.Kick, Role.Offbeat) => 0.15 * d,
            (Drum.Snare, Role.Backbeat) => d > 0.12 ? 0.95 : 0,
            (Drum.Snare, Role.Sixteenth) => 0.18 * d,
            (Drum.ClosedHat, Role.Downbeat or Role.Strong or Role.Beat or Role.Backbeat) => 1,
            (Drum.ClosedHat, Role.Offbeat) => 0.4 + (0.5 * d),
            _ => 0,
        },
        _ => (drum, role) switch
        {
            (Drum.Kick, Role.Downbeat) => 1,
            (Drum.Kick, _) => 0.2 + (0.15 * d),
            (Drum.Snare, Role.Backbeat) => d > 0.12 ? 1 : 0,
            (Drum.Snare, Role.Sixteenth) => 0.25 * d,
            (Drum.Clap, Role.Backbeat) => d > 0.5 ? 0.5 : 0,
            (Drum.ClosedHat, _) => 0.55 + (0.35 * d),
            (Drum.OpenHat, Role.Offbeat) => 0.25,
            _ => 0,
        },
    };

    private static int Level(Drum drum, Role role, double energy, int jitter)
    {
        var weight = role switch
        {
            Role.Downbeat => 1.0,
            Role.Strong or Role.Backbeat => 0.92,
            Role.Beat => 0.8,
            Role.Offbeat => 0.7,
            _ => 0.58,
        };
        var trim = drum is Drum.ClosedHat or Drum.OpenHat ? -16 : 0;
        return Math.Clamp((int)Math.Round((62 + (50 * energy)) * weight) + trim + jitter, 1, 127);
    }

    private static Role RoleOf(int tickInBar, TimeSignature signature)
    {
        if (tickInBar == 0)
        {
            return Role.Downbeat;
        }

        var beatTicks = signature.TicksPerBeat;
        if (tickInBar % beatTicks != 0)
        {
            return tickInBar % beatTicks == beatTicks / 2 ? Role.Offbeat : Role.Sixteenth;
        }

        var beat = tickInBar / beatTicks;
        var beats = signature.BeatsPerBar;
        if (signature.IsStrongBeat(beat))
        {
            return Role.Strong;
        }

        var backbeat = beats % 2 == 0 ? beat % 2 == 1 : beat == beats - 1;
        return backbeat ? Role.Backbeat : Role.Beat;
    }

    private enum Role
    {
        Downbeat,
        Strong,
        Backbeat,
        Beat,
        Offbeat,
        Sixteenth,
    }
}
