using N = NAudio.Midi;

namespace Auralis.Audio.Codecs.Midi;

/// <summary>Reads Standard MIDI Files (formats 0 and 1, ticks-per-quarter division) through NAudio.Midi.</summary>
/// <remarks>
/// Channel messages, tempo, time and key signatures and track names become typed events; other meta events are kept
/// as raw <see cref="MetaEvent"/>s; system-exclusive messages are skipped. NAudio reads strictly: a note-off with no
/// sounding note, a note left sounding at the end of its track or an event after the end of a track is refused. Any
/// problem is a <see cref="MidiFormatException"/> naming it and its byte offset.
/// </remarks>
public static class MidiReader
{
    /// <summary>Reads a MIDI file from <paramref name="stream"/>.</summary>
    public static MidiFile Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return Parse(memory.ToArray());
    }

    /// <summary>Reads the MIDI file at <paramref name="path"/>.</summary>
    public static MidiFile Read(string path) => Parse(File.ReadAllBytes(path));

    /// <summary>Decodes a whole MIDI file held in memory.</summary>
    public static MidiFile Parse(ReadOnlySpan<byte> file)
    {
        var (format, ticksPerQuarter) = MidiFileLayout.Check(file);
        var bytes = file.ToArray();
        using var stream = new MemoryStream(bytes, writable: false);
        N.MidiFile read;
        try
        {
            read = new N.MidiFile(stream, strictChecking: true);
        }
        catch (Exception error) when (error is FormatException or InvalidDataException or EndOfStreamException or ArgumentException or NullReferenceException)
        {
            throw NAudioMidiErrors.Explain(error, bytes, stream.Position);
        }

        var tracks = Enumerable.Range(0, read.Tracks).Select(t => NAudioMidiEvents.FromNAudio(read.Events[t])).ToArray();
        return new MidiFile(format, ticksPerQuarter, tracks);
    }
}
