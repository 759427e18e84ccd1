using N = NAudio.Midi;

namespace Auralis.Audio.Codecs.Midi;

/// <summary>Writes Standard MIDI Files, formats 0 and 1, through NAudio.Midi's exporter.</summary>
/// <remarks>
/// Events are written in tick order; at one tick NAudio puts meta events (tempo, signatures) before channel messages
/// and otherwise keeps the given order. A value out of MIDI's range is refused with an <see cref="ArgumentOutOfRangeException"/>.
/// </remarks>
public static class MidiWriter
{
    /// <summary>Writes <paramref name="file"/> to <paramref name="stream"/>.</summary>
    public static void Write(Stream stream, MidiFile file)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(file);

        // NAudio patches each track's length after writing it, so it needs a seekable stream; callers may hand a response body.
        using var buffer = new MemoryStream();
        N.MidiFile.Export(buffer, ToCollection(file));
        buffer.Position = 0;
        buffer.CopyTo(stream);
    }

    /// <summary>Writes <paramref name="file"/> to the file at <paramref name="path"/>.</summary>
    public static void Write(string path, MidiFile file)
    {
        using var stream = File.Create(path);
        Write(stream, file);
    }

    private static N.MidiEventCollection ToCollection(MidiFile file)
    {
        var collection = new N.MidiEventCollection(file.Format, file.TicksPerQuarter);
        foreach (var track in file.Tracks)
        {
            var events = new List<N.MidiEvent>(track.Events.Count + 2);
            if (track.Name is { } name)
            {
                events.Add(new N.TextEvent(name, N.MetaEventType.SequenceTrackName, 0));
            }

            events.AddRange(track.Events.Select(NAudioMidiEvents.ToNAudio));
            var end = track.Events.Count == 0 ? 0 : track.Events.Max(e => e.Tick);
            events.Add(new N.MetaEvent(N.MetaEventType.EndTrack, 0, end));
            collection.AddTrack(events);
        }

        return collection;
    }
}
