using Auralis.Music.Harmony;

namespace Auralis.Market;

/// <summary>Something that supplies the ticker with one price per step: the simulated walk or a replayed real series.</summary>
public interface IPriceSource
{
    /// <summary>The current price, from which the next move starts.</summary>
    double Price { get; }

    /// <summary>The regime of the latest move (or the starting regime before any).</summary>
    Regime Regime { get; }

    /// <summary>Advances one step and returns the move.</summary>
    PriceMove Next();

    /// <summary>Holds the regime at <paramref name="regime"/> (the listener picked it) until <see cref="ReleaseRegime"/>.</summary>
    void ForceRegime(Regime regime);

    /// <summary>Lets the source choose the regime again.</summary>
    void ReleaseRegime();
}
