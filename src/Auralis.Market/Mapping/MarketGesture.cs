namespace Auralis.Market.Mapping;

/// <summary>How one price move should sound, in the music's own units.</summary>
/// <param name="Register">Where the price level stands against its slowly moving baseline, −1 (far below) to 1 (far above): the melody's register.</param>
/// <param name="Lift">The melody's short-term rise or fall, in semitones, following the last few moves.</param>
/// <param name="Surprise">The size of this move against the market's recent volatility (|z|, 0 for a usual move, 3 for a shock).</param>
public readonly record struct MarketGesture(double Register, double Lift, double Surprise)
{
    /// <summary>The gesture of a market that has not moved.</summary>
    public static MarketGesture Still { get; } = new(0, 0, 0);
}
