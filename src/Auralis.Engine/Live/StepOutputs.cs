using Auralis.Engine.Sessions;
using Auralis.Engine.Composition;
using Auralis.Engine.Listeners;
using static Auralis.Engine.Listeners.SessionOutputs;

namespace Auralis.Engine.Live;

/// <summary>What listeners are told about a composed step: where the transport is, the chord, the price, the trades and the notes.</summary>
public static class StepOutputs
{
    /// <summary>The outputs of <paramref name="step"/> of session <paramref name="id"/>, in the order they happen.</summary>
    public static IReadOnlyList<ISessionOutput> For(SessionId id, ComposedStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        var span = step.Span;
        var outputs = new List<ISessionOutput>(4 + step.Notes.Count + step.Trades.Count)
        {
            new TransportMoved(id, span.Playing ? "playing" : "stopped", step.Position.Bar, step.Position.Beat, span.Tick, span.Tick),
        };
        if (step.ChordChanged && step.Chord is { } chord)
        {
            outputs.Add(new ChordChanged(id, span.Tick, chord.Symbol, step.Degree ?? string.Empty, chord.Root.Value,
                chord.PitchClasses.Select(pc => pc.Value).ToArray()));
        }

        if (step.Move is { } move)
        {
            outputs.Add(new PriceMoved(id, span.Tick, move.Price, move.ChangePercent, move.Regime.ToString().ToLowerInvariant()));
        }

        foreach (var trade in step.Trades)
        {
            outputs.Add(new TradeMade(id, span.Tick, trade.Bot, trade.Side.ToString().ToLowerInvariant(), trade.Price));
        }

        foreach (var note in step.Notes)
        {
            outputs.Add(new NotePlayed(id, note.Note.Tick, note.Frame, note.Voice, note.Note.Pitch.MidiNumber, note.Note.Velocity, note.Note.DurationTicks));
        }

        return outputs;
    }
}
