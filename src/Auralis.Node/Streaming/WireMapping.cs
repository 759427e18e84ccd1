using Auralis.Engine.Sessions;
using Auralis.Engine.Listeners;
using Auralis.Protocol.Messages;
using static Auralis.Engine.Sessions.SessionCommands;
using static Auralis.Engine.Sessions.SessionQueries;
using static Auralis.Engine.Listeners.SessionOutputs;

namespace Auralis.Node.Streaming;

/// <summary>Translates between the engine's records and the wire protocol's messages, both ways.</summary>
public static class WireMapping
{
    /// <summary>A session's state as clients see it.</summary>
    public static SessionInfo Info(SessionState state, long tick = 0, int listeners = 0)
    {
        ArgumentNullException.ThrowIfNull(state);
        var position = state.Exists ? state.TimeSignature.PositionOf(tick) : default;
        return new SessionInfo(
            state.Id.Value,
            state.Name,
            state.Seed,
            state.Parameters.ToDictionary(p => p.Key, p => Wire(p.Value), StringComparer.Ordinal),
            new TransportInfo(state.Transport.Playing, state.Transport.LoopStartTick, state.Transport.LoopEndTick),
            new PositionInfo(position.Bar, position.Beat, tick),
            listeners,
            state.CreatedAt,
            state.UpdatedAt);
    }

    /// <summary>The state in a session's answer to <c>GetSession</c>.</summary>
    public static SessionInfo Info(SessionView view) => Info(view.State, view.Tick, view.Listeners);

    /// <summary>A parameter value on the wire.</summary>
    public static WireValue Wire(ParameterValue value) => value.Number is { } number ? WireValue.Of(number) : WireValue.Of(value.Text ?? string.Empty);

    /// <summary>A wire value as a parameter value.</summary>
    public static ParameterValue Parameter(WireValue value) => value.Number is { } number ? ParameterValue.Of(number) : ParameterValue.Of(value.Text ?? string.Empty);

    /// <summary>What a session published, as the message a client receives (null for what clients are not sent).</summary>
    public static ServerMessage? ToWire(ISessionOutput output) => output switch
    {
        NotePlayed n => new ServerMessages.Note(n.Tick, n.Frame, n.Voice, n.Pitch, n.Velocity, n.DurationTicks),
        ChordChanged c => new ServerMessages.Chord(c.Tick, c.Symbol, c.Degree, c.Root, c.PitchClasses),
        PriceMoved p => new ServerMessages.PriceMove(p.Tick, p.Price, p.ChangePct, p.Regime),
        TradeMade t => new ServerMessages.Trade(t.Tick, t.Bot, t.Side == "sell" ? TradeSide.Sell : TradeSide.Buy, t.Price),
        TransportMoved m => new ServerMessages.Transport(m.State == "playing" ? PlaybackState.Playing : PlaybackState.Stopped, m.Bar, m.Beat, m.Tick, m.AtTick),
        ParameterScheduled s => new ServerMessages.Param(s.Name, Wire(s.Value), s.AtTick),
        SessionChanged s => new ServerMessages.Session(Info(s.State, 0, s.Listeners)),
        SessionClosing c => new ServerMessages.Closing(c.Reason),
        SessionFaulted f => new ServerMessages.Error(Protocol.ErrorCodes.SessionFaulted, f.Restarting ? $"{f.Message}; the music restarts from the last checkpoint." : $"{f.Message}; the session has failed."),
        _ => null,
    };

    /// <summary>The command a client's steering message asks for, or null for messages that are not commands.</summary>
    public static ISessionCommand? ToCommand(SessionId id, ClientMessage message) => message switch
    {
        ClientMessages.Param p => new ChangeParameters(id, new Dictionary<string, ParameterValue> { [p.Name] = Parameter(p.Value) }, p.RequestId),
        ClientMessages.Params p => new ChangeParameters(id, p.Values.ToDictionary(v => v.Key, v => Parameter(v.Value)), p.RequestId),
        ClientMessages.Transport t => new ChangeTransport(id, Command(t.Command), t.Tick, t.StartTick, t.EndTick, t.RequestId),
        ClientMessages.ExternalPrice p => new ObservePrice(id, p.Price, p.RequestId),
        _ => null,
    };

    /// <summary>The session's transport command for a client's (wire or OSC) transport action.</summary>
    public static TransportCommand Command(TransportAction action) => action switch
    {
        TransportAction.Play => TransportCommand.Play,
        TransportAction.Stop => TransportCommand.Stop,
        TransportAction.Seek => TransportCommand.Seek,
        TransportAction.Loop => TransportCommand.Loop,
        _ => TransportCommand.ClearLoop,
    };
}
