using Auralis.Music.Harmony;
using Auralis.Music.Randomness;

namespace Auralis.Market.Walk;

/// <summary>
/// The simulated market: a seeded, regime-switching geometric Brownian motion that makes one price per step.
/// </summary>
/// <remarks>
/// <para>Each step first lets the Markov chain pick the regime (one uniform variate), then moves the price in log
/// space by that regime's GBM step (one Gaussian, i.e. two uniforms), then applies the floor. Every step draws the
/// same variates whether or not a regime is forced, so forcing a regime changes which dynamics the noise drives but
/// never shifts the noise itself.</para>
/// <para>The walk is a pure function of its options, its seed and the calls made on it; <see cref="State"/> and
/// <see cref="Resume"/> let the engine snapshot it and carry on bit for bit. Not thread-safe: one walk per ticker.</para>
/// </remarks>
public sealed class PriceWalk : IPriceSource
{
    private readonly PriceWalkOptions _options;
    private readonly SeededRandom _random;
    private double _logPrice;

    /// <summary>Starts a walk from <paramref name="options"/> whose noise comes from <c>new SeededRandom(seed)</c>.</summary>
    public PriceWalk(PriceWalkOptions options, ulong seed)
        : this(options, new SeededRandom(seed))
    {
    }

    /// <summary>
    /// Starts a walk from <paramref name="options"/> that draws its noise from <paramref name="random"/>, e.g. the
    /// session's <c>SeededRandom.ForStream(seed, "ticker")</c>. The walk takes the generator over: nothing else may draw from it.
    /// </summary>
    public PriceWalk(PriceWalkOptions options, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(random);
        options.Validate();
        _options = options;
        _random = random;
        Price = options.StartPrice;
        _logPrice = Math.Log(Price);
        Regime = options.StartRegime;
    }

    /// <summary>The current price, from which the next step moves.</summary>
    public double Price { get; private set; }

    /// <summary>The current regime.</summary>
    public Regime Regime { get; private set; }

    /// <summary>True while a regime chosen by <see cref="ForceRegime"/> holds the Markov chain still.</summary>
    public bool RegimeForced { get; private set; }

    /// <summary>The index the next move will carry.</summary>
    public long Step { get; private set; }

    /// <summary>A snapshot from which <see cref="Resume"/> continues exactly.</summary>
    public PriceWalkState State => new(Step, Price, Regime, RegimeForced, _random.State);

    /// <summary>Recreates a walk from a snapshot taken with <see cref="State"/> (and the same options).</summary>
    public static PriceWalk Resume(PriceWalkOptions options, PriceWalkState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (!double.IsFinite(state.Price) || state.Price <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(state), state.Price, "A saved walk's price must be a positive number.");
        }

        if (state.Step < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(state), state.Step, "A saved walk's step cannot be negative.");
        }

        var walk = new PriceWalk(options, SeededRandom.FromState(state.Generator))
        {
            Step = state.Step,
            Regime = Enum.IsDefined(state.Regime) ? state.Regime : throw new ArgumentOutOfRangeException(nameof(state), state.Regime, "Not a regime."),
            RegimeForced = state.RegimeForced,
        };
        walk.SetPrice(state.Price);
        return walk;
    }

    /// <summary>Makes the next step: the regime may switch, then the price moves under it.</summary>
    public PriceMove Next()
    {
        var switchDraw = _random.NextDouble();
        var gaussian = _random.NextGaussian();
        if (!RegimeForced)
        {
            Regime = _options.Transitions.Next(Regime, switchDraw);
        }

        var previous = Price;
        _logPrice += _options.Dynamics.For(Regime).LogReturn(gaussian);
        SetPrice(Math.Exp(_logPrice));
        return new PriceMove(Step++, Price, previous, Regime);
    }

    /// <summary>
    /// Puts the walk in <paramref name="regime"/> and keeps it there (the listener picked it) until
    /// <see cref="ReleaseRegime"/>; takes effect from the next step.
    /// </summary>
    public void ForceRegime(Regime regime)
    {
        if (!Enum.IsDefined(regime))
        {
            throw new ArgumentOutOfRangeException(nameof(regime), regime, "Not a regime.");
        }

        Regime = regime;
        RegimeForced = true;
    }

    /// <summary>Lets the Markov chain switch regimes again, starting from the current one.</summary>
    public void ReleaseRegime() => RegimeForced = false;

    /// <summary>
    /// Takes an external price as the current one (a real quote arrived); the next step moves from it. Uses no
    /// randomness and makes no step, so a replay that observes the same prices at the same steps stays identical.
    /// A price below the floor is raised to it.
    /// </summary>
    public void Observe(double price)
    {
        if (!double.IsFinite(price) || price <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(price), price, "An observed price must be a positive number.");
        }

        SetPrice(price);
    }

    private void SetPrice(double price)
    {
        // The floor applies to the log price as well, so a walk pinned at the floor climbs away from it at once.
        Price = Math.Max(price, _options.Floor);
        _logPrice = Math.Log(Price);
    }
}
