using Auralis.Engine.Sessions;
using Auralis.Engine.Steps;
using Auralis.Music.Harmony;
using Auralis.Music.Time;
using static Auralis.Engine.Sessions.SessionEvents;

namespace Auralis.Engine.Tests.Steps;

public sealed class StageInputsTests
{
    private static readonly SessionId Id = new("stages");

    [Fact]
    public void Each_input_goes_to_the_stage_that_reads_it_in_the_order_it_was_accepted()
    {
        var values = new Dictionary<string, ParameterValue>
        {
            [SessionParameters.Bpm] = ParameterValue.Of(96),
            [SessionParameters.Source] = ParameterValue.Of("external"),
            [SessionParameters.TimeSignature] = ParameterValue.Of("3/4"),
            [SessionParameters.Regime] = ParameterValue.Of("volatile"),
            [SessionParameters.Volume] = ParameterValue.Of(0.5),
        };
        var stop = new TransportChanged(Id, TransportCommand.Stop, null, null, null, 4, 1920, DateTimeOffset.UnixEpoch);
        ITimedInput[] due = [new ParametersChanged(Id, values, 4, 1920, DateTimeOffset.UnixEpoch), new PriceObserved(Id, 101.5, 4, 1920, DateTimeOffset.UnixEpoch), stop];

        var stages = StageInputs.Route(due);

        Assert.Equal<ClockChange>(
            [new ClockChange.Tempo(96), new ClockChange.Metre(TimeSignature.Parse("3/4")), new ClockChange.Transport(stop)], stages.Clock);
        Assert.Equal<TickerChange>(
            [new TickerChange.Source(RegimeSource.External), new TickerChange.ForcedRegime(Regime.Volatile), new TickerChange.Price(101.5)], stages.Ticker);
        Assert.Empty(stages.Motifs);
    }

    [Fact]
    public void The_ticker_hears_the_last_play_or_stop_of_a_step_and_nothing_from_the_other_transport_commands()
    {
        TransportChanged Transport(TransportCommand command) => new(Id, command, command == TransportCommand.Seek ? 960 : null, null, null, 2, 960,
            DateTimeOffset.UnixEpoch);

        Assert.Null(StageInputs.Route([Transport(TransportCommand.Seek)]).Plays);
        Assert.Null(StageInputs.None.Plays);
        Assert.False(StageInputs.Route([Transport(TransportCommand.Play), Transport(TransportCommand.Stop), Transport(TransportCommand.Seek)]).Plays);
        Assert.True(StageInputs.Route([Transport(TransportCommand.Stop), Transport(TransportCommand.Play)]).Plays);
    }

    [Fact]
    public void A_regime_of_auto_lets_the_prices_decide_again()
    {
        var due = new ParametersChanged(Id, new Dictionary<string, ParameterValue> { [SessionParameters.Regime] = ParameterValue.Of("auto") }, 1, 480,
            DateTimeOffset.UnixEpoch);

        var ticker = Assert.Single(StageInputs.Route([due]).Ticker);

        Assert.Equal(new TickerChange.ForcedRegime(null), ticker);
    }
}
