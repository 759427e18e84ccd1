using Auralis.Music.Harmony;

namespace Auralis.Market.Walk;

/// <summary>The <see cref="RegimeDynamics"/> of each of the four regimes.</summary>
public sealed record RegimeDynamicsTable(
    RegimeDynamics Bull,
    RegimeDynamics Bear,
    RegimeDynamics Sideways,
    RegimeDynamics Volatile)
{
    /// <summary>
    /// Defaults sized for a step of about one beat and the default pitch mapping (0.5 % per semitone):
    /// Bull +0.10 %/step with 0.5 % volatility, Bear −0.10 % with 0.7 %, Sideways 0 with 0.3 %, Volatile 0 with 1.5 %.
    /// </summary>
    /// <remarks>
    /// Falls are a little more volatile than rises, as in real markets; Volatile has no trend of its own, only
    /// swings about three times as wide as a bull step, which the melody hears as leaps.
    /// </remarks>
    public static RegimeDynamicsTable Default { get; } = new(
        Bull: new RegimeDynamics(0.0010, 0.005),
        Bear: new RegimeDynamics(-0.0010, 0.007),
        Sideways: new RegimeDynamics(0.0, 0.003),
        Volatile: new RegimeDynamics(0.0, 0.015));

    /// <summary>The dynamics of <paramref name="regime"/>.</summary>
    public RegimeDynamics For(Regime regime) => regime switch
    {
        Regime.Bull => Bull,
        Regime.Bear => Bear,
        Regime.Sideways => Sideways,
        Regime.Volatile => Volatile,
        _ => throw new ArgumentOutOfRangeException(nameof(regime), regime, "Not a regime."),
    };
}
