using Auralis.Music.Time;

namespace Auralis.Music.Form;

/// <summary>How hard a note is struck: the section's energy, the beat's strength, the phrase's swell and the market's surprise.</summary>
public static class Dynamics
{
    /// <summary>The velocity (20..127) of a note at <paramref name="tickInBar"/>.</summary>
    /// <param name="floor">The velocity at zero energy.</param>
    /// <param name="span">How much the energy (0..1) adds.</param>
    /// <param name="energy">The bar's energy.</param>
    /// <param name="tickInBar">Where the note starts in its bar.</param>
    /// <param name="signature">The metre, for strong beats.</param>
    /// <param name="barInPhrase">The bar's place in its phrase: phrases swell towards their third bar and relax into the cadence.</param>
    /// <param name="surprise">The market move's surprise (|z|): a shock is played harder.</param>
    /// <param name="jitter">A small seeded humanising offset.</param>
    public static int Velocity(double floor, double span, double energy, long tickInBar, TimeSignature signature, int barInPhrase, double surprise,
        int jitter)
    {
        var beatTicks = signature.TicksPerBeat;
        var beat = (int)(tickInBar / beatTicks);
        var onBeat = tickInBar % beatTicks == 0;
        var accent = !onBeat ? -6 : beat == 0 ? 10 : signature.IsStrongBeat(beat) ? 6 : 1;
        int[] swell = [-4, 0, 5, -2];
        var arc = swell[Math.Clamp(barInPhrase, 0, swell.Length - 1)];
        var shock = Math.Min(22, 9 * surprise) - 6;
        return (int)Math.Clamp(Math.Round(floor + (span * energy) + accent + arc + shock + jitter), 20, 127);
    }
}
