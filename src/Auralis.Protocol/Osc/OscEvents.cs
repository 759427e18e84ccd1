namespace Auralis.Protocol.Osc;

/// <summary>The OSC messages the node sends a subscriber, one per session event, addressed under <c>/auralis/{session}/</c>.</summary>
/// <remarks>
/// Numbers go out as int32 and float32, the types every OSC tool reads (TouchOSC, Pd and Max have no double). A price in
/// float32 keeps about seven significant digits, which is plenty to play with and is why the JSON protocol carries the exact one.
/// </remarks>
public static class OscEvents
{
    /// <summary><c>…/note s i i i</c>: voice, MIDI pitch, velocity, duration in ticks.</summary>
    public static OscMessage Note(string session, string voice, int pitch, int velocity, int durationTicks) =>
        new(OscAddresses.Note(session), voice, pitch, velocity, durationTicks);

    /// <summary><c>…/chord s s i i…</c>: symbol ("Dm7"), degree ("ii7"), root 0–11, then each pitch class.</summary>
    public static OscMessage Chord(string session, string symbol, string degree, int root, IReadOnlyList<int> pitchClasses)
    {
        ArgumentNullException.ThrowIfNull(pitchClasses);
        OscArgument[] arguments = [symbol, degree, root, .. pitchClasses.Select(p => (OscArgument)p)];
        return new OscMessage(OscAddresses.Chord(session), arguments);
    }

    /// <summary><c>…/price f f s</c>: price, change in percent, regime.</summary>
    public static OscMessage Price(string session, double price, double changePct, string regime) =>
        new(OscAddresses.Price(session), (float)price, (float)changePct, regime);

    /// <summary><c>…/beat i i</c>: the bar and the beat in the bar, both from 0 as in the JSON <c>transport</c> message.</summary>
    public static OscMessage Beat(string session, int bar, int beat) => new(OscAddresses.Beat(session), bar, beat);
}
