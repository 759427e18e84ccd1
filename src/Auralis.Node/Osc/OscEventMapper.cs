using Auralis.Engine.Listeners;
using Auralis.Protocol.Osc;
using static Auralis.Engine.Listeners.SessionOutputs;

namespace Auralis.Node.Osc;

/// <summary>Turns what a session publishes into the OSC messages a subscriber gets: note, chord, price, and beat once per new beat.</summary>
internal sealed class OscEventMapper(string session)
{
    private (long Bar, int Beat) _lastBeat = (-1, -1);

    /// <summary>The message for <paramref name="output"/>, or null for what OSC subscribers are not sent.</summary>
    public OscMessage? Map(ISessionOutput output)
    {
        switch (output)
        {
            case NotePlayed n:
                return OscEvents.Note(session, n.Voice, n.Pitch, n.Velocity, n.DurationTicks);
            case ChordChanged c:
                return OscEvents.Chord(session, c.Symbol, c.Degree, c.Root, c.PitchClasses);
            case PriceMoved p:
                return OscEvents.Price(session, p.Price, p.ChangePct, p.Regime);
            case TransportMoved { State: "playing" } t when (t.Bar, t.Beat) != _lastBeat:
                // A session steps several times a beat; a controller wants the beat, once.
                _lastBeat = (t.Bar, t.Beat);
                return OscEvents.Beat(session, (int)Math.Min(int.MaxValue, t.Bar), t.Beat);
            default:
                return null;
        }
    }
}
