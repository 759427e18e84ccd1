using Auralis.Music.Harmony;
using Auralis.Music.Randomness;

namespace Auralis.Market.Walk;

/// <summary>Everything a <see cref="PriceWalk"/> needs to continue exactly where it stopped: a snapshot for the engine.</summary>
/// <param name="Step">The index the next move will carry (the number of moves made so far).</param>
/// <param name="Price">The current price.</param>
/// <param name="Regime">The current regime.</param>
/// <param name="RegimeForced">True while a forced regime holds the Markov chain still.</param>
/// <param name="Generator">The state of the walk's seeded generator.</param>
public sealed record PriceWalkState(long Step, double Price, Regime Regime, bool RegimeForced, GeneratorState Generator);
