namespace Auralis.Audio.Codecs.Midi;

/// <summary>A note as a span of ticks: where it starts, how long it lasts, its pitch, velocity and channel.</summary>
public readonly record struct MidiNote(long Tick, int DurationTicks, int Pitch, int Velocity, int Channel = 0);

/// <summary>Turns notes into note-on/off events and back.</summary>
public static class MidiNotes
{
    /// <summary>
    /// The events of <paramref name="notes"/> in tick order; at the same tick note-offs come before note-ons, so a
    /// repeated note is released before it is struck again.
    /// </summary>
    public static IReadOnlyList<MidiEvent> ToEvents(IEnumerable<MidiNote> notes) =>
        notes.SelectMany(n => new MidiEvent[]
            {
                new NoteOn(n.Tick, n.Channel, n.Pitch, n.Velocity),
                new NoteOff(n.Tick + n.DurationTicks, n.Channel, n.Pitch),
            })
            .OrderBy(e => e.Tick)
            .ThenBy(e => e is NoteOn ? 1 : 0)
            .ToArray();

    /// <summary>The notes of a track: each note-off ends the oldest sounding note of its channel and pitch (FIFO).</summary>
    public static IReadOnlyList<MidiNote> FromEvents(IEnumerable<MidiEvent> events)
    {
        var sounding = new Dictionary<(int Channel, int Pitch), Queue<NoteOn>>();
        var notes = new List<MidiNote>();
        foreach (var midiEvent in events)
        {
            switch (midiEvent)
            {
                case NoteOn on:
                    if (!sounding.TryGetValue((on.Channel, on.Pitch), out var queue))
                    {
                        sounding[(on.Channel, on.Pitch)] = queue = new Queue<NoteOn>();
                    }

                    queue.Enqueue(on);
                    break;
                case NoteOff off when sounding.TryGetValue((off.Channel, off.Pitch), out var open) && open.Count > 0:
                    var start = open.Dequeue();
                    notes.Add(new MidiNote(start.Tick, (int)Math.Max(1, off.Tick - start.Tick), start.Pitch, start.Velocity, start.Channel));
                    break;
            }
        }

        return notes.OrderBy(n => n.Tick).ThenBy(n => n.Pitch).ToArray();
    }
}
