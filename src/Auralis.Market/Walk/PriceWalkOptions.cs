using Auralis.Music.Harmony;

namespace Auralis.Market.Walk;

/// <summary>The settings of a <see cref="PriceWalk"/>: where it starts, how each regime moves, and how regimes switch.</summary>
public sealed record PriceWalkOptions
{
    /// <summary>The price before the first step (default 100).</summary>
    public double StartPrice { get; init; } = 100.0;

    /// <summary>The regime before the first step (default Sideways).</summary>
    public Regime StartRegime { get; init; } = Regime.Sideways;

    /// <summary>
    /// The lowest price the walk will report (default 0.01). GBM in log space can approach zero but never reach it;
    /// the floor keeps a long bear run from underflowing into prices too small to hear as movement.
    /// </summary>
    public double Floor { get; init; } = 0.01;

    /// <summary>How prices move in each regime.</summary>
    public RegimeDynamicsTable Dynamics { get; init; } = RegimeDynamicsTable.Default;

    /// <summary>How regimes switch from step to step.</summary>
    public RegimeTransitions Transitions { get; init; } = RegimeTransitions.Default;

    /// <summary>The defaults.</summary>
    public static PriceWalkOptions Default { get; } = new();

    /// <summary>Throws when a setting is out of range; the walk calls it before it starts.</summary>
    public void Validate()
    {
        if (!double.IsFinite(Floor) || Floor <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(Floor), Floor, "The price floor must be a positive number.");
        }

        if (!double.IsFinite(StartPrice) || StartPrice < Floor)
        {
            throw new ArgumentOutOfRangeException(nameof(StartPrice), StartPrice, $"The start price must be a number at or above the floor ({Floor}).");
        }

        if (!Enum.IsDefined(StartRegime))
        {
            throw new ArgumentOutOfRangeException(nameof(StartRegime), StartRegime, "Not a regime.");
        }

        ArgumentNullException.ThrowIfNull(Dynamics);
        ArgumentNullException.ThrowIfNull(Transitions);
    }
}
