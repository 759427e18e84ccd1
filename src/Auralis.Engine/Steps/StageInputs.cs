using Auralis.Engine.Sessions;
using Auralis.Music.Harmony;
using Auralis.Music.Theory;
using Auralis.Music.Time;
using static Auralis.Engine.Sessions.SessionEvents;

namespace Auralis.Engine.Steps;

/// <summary>A change the clock applies at a step: tempo, metre, tonic, scale or transport, parsed once from the step's inputs.</summary>
public abstract record ClockChange
{
    /// <summary>A new tempo (null when the value was not a number: the tempo stays).</summary>
    public sealed record Tempo(double? Bpm) : ClockChange;

    /// <summary>A new time signature.</summary>
    public sealed record Metre(TimeSignature Signature) : ClockChange;

    /// <summary>A new tonic.</summary>
    public sealed record Tonic(PitchClass PitchClass) : ClockChange;

    /// <summary>A new scale (mode).</summary>
    public sealed record Mode(Scale Scale) : ClockChange;

    /// <summary>Play, stop, seek, loop or clear the loop.</summary>
    public sealed record Transport(TransportChanged Change) : ClockChange;
}

/// <summary>A change the ticker applies at a step: the price source, a forced regime, an outside price or a series, parsed once.</summary>
public abstract record TickerChange
{
    /// <summary>Prices come from <paramref name="To"/> from this step on.</summary>
    public sealed record Source(RegimeSource To) : TickerChange;

    /// <summary>The regime is forced (null: the prices decide again).</summary>
    public sealed record ForcedRegime(Regime? Regime) : TickerChange;

    /// <summary>A price observed outside the session.</summary>
    public sealed record Price(double Value) : TickerChange;

    /// <summary>A series of prices to play, one every <paramref name="StepsPerPrice"/> steps.</summary>
    public sealed record Series(IReadOnlyList<double> Prices, int StepsPerPrice) : TickerChange;
}

/// <summary>
/// A step's inputs sorted by the stage that reads them, in the order they were accepted: the session parses each
/// input once when it opens the step, and each stage applies only its own changes.
/// </summary>
/// <param name="Clock">What the clock applies.</param>
/// <param name="Ticker">What the ticker applies.</param>
/// <param name="Motifs">The motifs the voices learn.</param>
public sealed record StageInputs(IReadOnlyList<ClockChange> Clock, IReadOnlyList<TickerChange> Ticker, IReadOnlyList<MotifImported> Motifs)
{
    /// <summary>
    /// Whether the step's transport commands leave the music playing (the last play or stop wins; null when none plays or
    /// stops it): the clock's timeline and the ticker, which rests while the music is stopped, both read it.
    /// </summary>
    public bool? Plays
    {
        get
        {
            bool? plays = null;
            foreach (var change in Clock)
            {
                if (change is ClockChange.Transport { Change.Command: TransportCommand.Play or TransportCommand.Stop } transport)
                {
                    plays = transport.Change.Command == TransportCommand.Play;
                }
            }

            return plays;
        }
    }

    /// <summary>No input for any stage.</summary>
    public static StageInputs None { get; } = new([], [], []);

    /// <summary>Sorts <paramref name="due"/> (in order) into each stage's changes.</summary>
    public static StageInputs Route(IReadOnlyList<ITimedInput> due)
    {
        ArgumentNullException.ThrowIfNull(due);
        if (due.Count == 0)
        {
            return None;
        }

        var clock = new List<ClockChange>();
        var ticker = new List<TickerChange>();
        var motifs = new List<MotifImported>();
        foreach (var input in due)
        {
            switch (input)
            {
                case ParametersChanged changed:
                    foreach (var (name, value) in changed.Values)
                    {
                        if (ClockChangeOf(name, value) is { } forClock)
                        {
                            clock.Add(forClock);
                        }
                        else if (TickerChangeOf(name, value) is { } forTicker)
                        {
                            ticker.Add(forTicker);
                        }
                    }

                    break;
                case TransportChanged transport:
                    clock.Add(new ClockChange.Transport(transport));
                    break;
                case PriceObserved price:
                    ticker.Add(new TickerChange.Price(price.Price));
                    break;
                case PriceSeriesScheduled series:
                    ticker.Add(new TickerChange.Series(series.Prices, series.StepsPerPrice));
                    break;
                case MotifImported motif:
                    motifs.Add(motif);
                    break;
            }
        }

        return new StageInputs(clock, ticker, motifs);
    }

    /// <summary>The source named by a <c>source</c> parameter value.</summary>
    public static RegimeSource SourceOf(string text) => text switch
    {
        "sp500" => RegimeSource.Sp500,
        "external" => RegimeSource.External,
        _ => RegimeSource.Simulated,
    };

    /// <summary>The regime forced by a <c>regime</c> parameter value (null for <c>auto</c>).</summary>
    public static Regime? ForcedRegimeOf(string text) =>
        text == "auto" ? null : Enum.Parse<Regime>(text, ignoreCase: true);

    private static ClockChange? ClockChangeOf(string name, ParameterValue value) => name switch
    {
        SessionParameters.Bpm => new ClockChange.Tempo(value.Number),
        SessionParameters.TimeSignature => new ClockChange.Metre(TimeSignature.Parse(value.ToString())),
        SessionParameters.Key => new ClockChange.Tonic(PitchClass.Parse(value.ToString())),
        SessionParameters.Mode => new ClockChange.Mode(Scale.Parse(value.ToString())),
        _ => null,
    };

    private static TickerChange? TickerChangeOf(string name, ParameterValue value) => name switch
    {
        SessionParameters.Source => new TickerChange.Source(SourceOf(value.ToString())),
        SessionParameters.Regime => new TickerChange.ForcedRegime(ForcedRegimeOf(value.ToString())),
        _ => null,
    };
}
