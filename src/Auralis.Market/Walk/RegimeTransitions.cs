using Auralis.Music.Harmony;

namespace Auralis.Market.Walk;

/// <summary>
/// The Markov chain that switches regimes: a 4×4 matrix whose row is the regime now and whose column is the
/// probability of each regime at the next step, in the order Bull, Bear, Sideways, Volatile.
/// </summary>
/// <remarks>
/// A high probability on the diagonal (persistence) keeps a regime for many steps, so the harmony has time to
/// settle into its progression; a regime with self-probability p lasts 1 / (1 − p) steps on average.
/// </remarks>
public sealed class RegimeTransitions
{
    private const int RegimeCount = 4;
    private const double RowTolerance = 1e-9;
    private readonly double[,] _probabilities;

    /// <summary>Creates the chain from a 4×4 row-stochastic matrix (rows and columns in the order Bull, Bear, Sideways, Volatile).</summary>
    public RegimeTransitions(double[,] probabilities)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        if (probabilities.GetLength(0) != RegimeCount || probabilities.GetLength(1) != RegimeCount)
        {
            throw new ArgumentException($"The transition matrix must be 4×4 (Bull, Bear, Sideways, Volatile); it is {probabilities.GetLength(0)}×{probabilities.GetLength(1)}.", nameof(probabilities));
        }

        _probabilities = (double[,])probabilities.Clone();
        for (var row = 0; row < RegimeCount; row++)
        {
            var sum = 0.0;
            for (var column = 0; column < RegimeCount; column++)
            {
                var p = _probabilities[row, column];
                if (!double.IsFinite(p) || p < 0)
                {
                    throw new ArgumentException($"Transition probability from {(Regime)row} to {(Regime)column} is {p}; probabilities must be finite and not negative.", nameof(probabilities));
                }

                sum += p;
            }

            if (Math.Abs(sum - 1.0) > RowTolerance)
            {
                throw new ArgumentException($"The probabilities from {(Regime)row} sum to {sum}; each row must sum to 1.", nameof(probabilities));
            }
        }
    }

    /// <summary>
    /// The default chain: Bull and Sideways stay with probability 0.985 (about 67 steps on average), Bear with 0.98
    /// (50 steps) and Volatile with 0.95 (20 steps, because turbulence passes); a switch picks one of the other
    /// three regimes with equal probability.
    /// </summary>
    public static RegimeTransitions Default { get; } = FromPersistence(0.985, 0.98, 0.985, 0.95);

    /// <summary>A chain in which every regime stays with probability <paramref name="persistence"/> and otherwise moves to any other regime alike.</summary>
    public static RegimeTransitions WithPersistence(double persistence) =>
        FromPersistence(persistence, persistence, persistence, persistence);

    /// <summary>The probability of being in <paramref name="to"/> at the next step when in <paramref name="from"/> now.</summary>
    public double Probability(Regime from, Regime to) => _probabilities[Index(from), Index(to)];

    /// <summary>The expected number of steps the chain stays in <paramref name="regime"/> once it enters it: 1 / (1 − p).</summary>
    public double ExpectedDwell(Regime regime)
    {
        var stay = Probability(regime, regime);
        return stay >= 1 ? double.PositiveInfinity : 1.0 / (1.0 - stay);
    }

    /// <summary>The regime after <paramref name="from"/> for a uniform variate <paramref name="uniform"/> in [0, 1).</summary>
    public Regime Next(Regime from, double uniform)
    {
        var row = Index(from);
        var remaining = uniform;
        var last = row;
        for (var column = 0; column < RegimeCount; column++)
        {
            var p = _probabilities[row, column];
            if (p <= 0)
            {
                continue;
            }

            last = column;
            remaining -= p;
            if (remaining < 0)
            {
                return (Regime)column;
            }
        }

        // Rounding can leave a sliver above the row's sum; it belongs to the last reachable regime.
        return (Regime)last;
    }

    private static RegimeTransitions FromPersistence(double bullStay, double bearStay, double sidewaysStay, double volatileStay)
    {
        ReadOnlySpan<double> stays = [bullStay, bearStay, sidewaysStay, volatileStay];
        var matrix = new double[RegimeCount, RegimeCount];
        for (var row = 0; row < RegimeCount; row++)
        {
            var stay = stays[row];
            if (!(stay is >= 0 and <= 1))
            {
                throw new ArgumentOutOfRangeException("persistence", stay, $"The persistence of {(Regime)row} is a probability in 0..1.");
            }

            for (var column = 0; column < RegimeCount; column++)
            {
                matrix[row, column] = row == column ? stay : (1.0 - stay) / (RegimeCount - 1);
            }
        }

        return new RegimeTransitions(matrix);
    }

    private static int Index(Regime regime) => regime is >= Regime.Bull and <= Regime.Volatile
        ? (int)regime
        : throw new ArgumentOutOfRangeException(nameof(regime), regime, "Not a regime.");
}
