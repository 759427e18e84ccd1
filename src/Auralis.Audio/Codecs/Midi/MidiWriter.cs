using System.Buffers.Binary;
using System.Text;

namespace Auralis.Audio.Codecs.Midi;

/// <summary>Writes Standard MIDI Files, formats 0 and 1, events in tick order, with running status for consecutive messages of one kind.</summary>
public static class MidiWriter
{
    /// <summary>Writes <paramref name="file"/> to <paramref name="stream"/>.</summary>
    public static void Write(Stream stream, MidiFile file)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(file);
        Span<byte> header = stackalloc byte[14];
        "MThd"u8.CopyTo(header);
        BinaryPrimitives.WriteUInt32BigEndian(header[4..], 6);
        BinaryPrimitives.WriteUInt16BigEndian(header[8..], (ushort)file.Format);
        BinaryPrimitives.WriteUInt16BigEndian(header[10..], (ushort)file.Tracks.Count);
        BinaryPrimitives.WriteUInt16BigEndian(header[12..], (ushort)file.TicksPerQuarter);
        stream.Write(header);
        Span<byte> chunk = stackalloc byte[8];
        foreach (var track in file.Tracks)
        {
            var body = EncodeTrack(track);
            "MTrk"u8.CopyTo(chunk);
            BinaryPrimitives.WriteUInt32BigEndian(chunk[4..], (uint)body.Length);
            stream.Write(chunk);
            stream.Write(body);
        }
    }

    /// <summary>Writes <paramref name="file"/> to the file at <paramref name="path"/>.</summary>
    public static void Write(string path, MidiFile file)
    {
        using var stream = File.Create(path);
        Write(stream, file);
    }

    private static byte[] EncodeTrack(MidiTrack track)
    {
        using var body = new MemoryStream();
        Span<byte> vlq = stackalloc byte[4];
        long tick = 0;
        var running = 0;
        void Delta(long at, Stream output, Span<byte> scratch)
        {
            var delta = at - tick;
            output.Write(scratch[..Vlq.Write((int)delta, scratch)]);
            tick = at;
        }

        if (track.Name is { } name)
        {
            Delta(0, body, vlq);
            WriteMeta(body, 0x03, Encoding.Latin1.GetBytes(name), vlq);
        }

        // A stable sort: events at the same tick keep the order they were given in.
        foreach (var midiEvent in track.Events.OrderBy(e => e.Tick))
        {
            Delta(midiEvent.Tick, body, vlq);
            if (TryChannelMessage(midiEvent, out var status, out var data1, out var data2, out var length))
            {
                if (status != running)
                {
                    body.WriteByte((byte)status);
                    running = status;
                }

                body.WriteByte((byte)data1);
                if (length == 2)
                {
                    body.WriteByte((byte)data2);
                }

                continue;
            }

            running = 0;
            switch (midiEvent)
            {
                case TempoChange tempo:
                    WriteMeta(body, 0x51, [(byte)(tempo.MicrosecondsPerQuarter >> 16), (byte)(tempo.MicrosecondsPerQuarter >> 8), (byte)tempo.MicrosecondsPerQuarter], vlq);
                    break;
                case TimeSignatureChange time:
                    WriteMeta(body, 0x58, [(byte)time.Numerator, (byte)time.DenominatorPower, (byte)time.ClocksPerClick, (byte)time.ThirtySecondsPerQuarter], vlq);
                    break;
                case KeySignatureChange key:
                    WriteMeta(body, 0x59, [(byte)(sbyte)key.Sharps, (byte)(key.Minor ? 1 : 0)], vlq);
                    break;
                case MetaEvent meta:
                    WriteMeta(body, meta.Type, meta.Data, vlq);
                    break;
            }
        }

        Delta(tick, body, vlq);
        WriteMeta(body, 0x2F, [], vlq);
        return body.ToArray();
    }

    private static bool TryChannelMessage(MidiEvent midiEvent, out int status, out int data1, out int data2, out int length)
    {
        (status, data1, data2, length) = midiEvent switch
        {
            NoteOff off => (0x80 | off.Channel, off.Pitch, off.Velocity, 2),
            NoteOn on => (0x90 | on.Channel, on.Pitch, on.Velocity, 2),
            PolyPressure poly => (0xA0 | poly.Channel, poly.Pitch, poly.Pressure, 2),
            ControlChange cc => (0xB0 | cc.Channel, cc.Controller, cc.Value, 2),
            ProgramChange program => (0xC0 | program.Channel, program.Program, 0, 1),
            ChannelPressure pressure => (0xD0 | pressure.Channel, pressure.Pressure, 0, 1),
            PitchBend bend => (0xE0 | bend.Channel, (bend.Value + 8192) & 0x7F, ((bend.Value + 8192) >> 7) & 0x7F, 2),
            _ => (0, 0, 0, 0),
        };
        return length > 0;
    }

    private static void WriteMeta(Stream body, int type, ReadOnlySpan<byte> data, Span<byte> vlq)
    {
        body.WriteByte(0xFF);
        body.WriteByte((byte)type);
        body.Write(vlq[..Vlq.Write(data.Length, vlq)]);
        body.Write(data);
    }
}
