using System.Globalization;
using Auralis.Protocol.Audio;
using Auralis.Protocol.Messages;
using static Auralis.Protocol.Messages.ServerMessages;

namespace Auralis.Cli.Connect;

/// <summary>
/// One line per server message, <c>type key=value …</c>, for when stdout is a pipe or a file: stable and easy for scripts
/// and tests to read (free text such as an error's message comes last).
/// </summary>
public static class EventLines
{
    /// <summary>The line for <paramref name="message"/>.</summary>
    public static string For(ServerMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message switch
        {
            Welcome w => Invariant($"welcome session={w.Session} format={w.Format.ToWord()} frame={w.Frame} sampleRate={w.SampleRate} channels={w.Channels} {State(w.State)}"),
            Session s => Invariant($"session {State(s.State)}"),
            Note n => Invariant($"note tick={n.Tick} frame={n.Frame} voice={n.Voice} pitch={n.Pitch} name={NoteNames.Of(n.Pitch)} velocity={n.Velocity} durationTicks={n.DurationTicks}"),
            Chord c => Invariant($"chord tick={c.Tick} symbol={c.Symbol} degree={c.Degree} root={c.Root}"),
            PriceMove p => Invariant($"price tick={p.Tick} price={p.Price:0.####} changePct={p.ChangePct:0.####} regime={p.Regime}"),
            Trade t => Invariant($"trade tick={t.Tick} bot={t.Bot} side={t.Side.ToWord()} price={t.Price:0.####}"),
            Transport t => Invariant($"transport state={t.State.ToWord()} bar={t.Bar} beat={t.Beat} tick={t.Tick} atTick={t.AtTick}"),
            Param p => Invariant($"param name={p.Name} value={p.Value} atTick={p.AtTick}"),
            Stats s => Invariant($"stats ringDepth={s.RingDepth} underruns={s.Underruns} droppedFrames={s.DroppedFrames} listeners={s.Listeners} sleeping={(s.Sleeping ? "yes" : "no")}"),
            Error e => $"error code={e.Code} message={e.Message}",
            Moved m => Invariant($"moved session={m.Session} frame={m.Frame} {State(m.State)}"),
            Accepted a => Invariant($"accepted requestId={a.RequestId} atTick={a.AtTick}"),
            Pong => "pong",
            Closing c => $"closing reason={c.Reason}",
            _ => $"{message.Type}",
        };
    }

    private static string State(SessionInfo state) =>
        Invariant($"id={state.Id} playing={(state.Transport.Playing ? "true" : "false")} bar={state.Position.Bar} beat={state.Position.Beat} tick={state.Position.Tick} listeners={state.Listeners}");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
