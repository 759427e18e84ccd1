using System.Buffers.Binary;
using System.Text;

namespace Auralis.Audio.Codecs.Midi;

/// <summary>Reads Standard MIDI Files (formats 0 and 1, ticks-per-quarter division), with running status.</summary>
/// <remarks>
/// Channel messages, tempo, time and key signatures and track names become typed events; other meta events are kept
/// as raw <see cref="MetaEvent"/>s; system-exclusive messages are skipped. Everything is checked against the chunk
/// lengths before it is read, and any problem is a <see cref="MidiFormatException"/> naming it and its byte offset.
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
        if (file.Length < 14 || !file[..4].SequenceEqual("MThd"u8))
        {
            throw new MidiFormatException("The file does not start with an 'MThd' header, so it is not a Standard MIDI File", 0);
        }

        var headerLength = BinaryPrimitives.ReadUInt32BigEndian(file[4..]);
        if (headerLength < 6 || headerLength > file.Length - 8)
        {
            throw new MidiFormatException($"The header chunk's length is {headerLength}; it must be at least 6 and fit the file", 4);
        }

        var format = BinaryPrimitives.ReadUInt16BigEndian(file[8..]);
        var trackCount = BinaryPrimitives.ReadUInt16BigEndian(file[10..]);
        var division = BinaryPrimitives.ReadUInt16BigEndian(file[12..]);
        if (format > 1)
        {
            throw new MidiFormatException($"MIDI format {format} is not supported; Auralis reads formats 0 and 1", 8);
        }

        if ((division & 0x8000) != 0 || division == 0)
        {
            throw new MidiFormatException("Only ticks-per-quarter-note division is supported (not SMPTE time, not 0)", 12);
        }

        var tracks = new List<MidiTrack>(trackCount);
        var offset = 8 + (int)headerLength;
        while (tracks.Count < trackCount)
        {
            if (file.Length - offset < 8)
            {
                throw new MidiFormatException($"The file ends before track {tracks.Count + 1} of {trackCount}", offset);
            }

            var length = BinaryPrimitives.ReadUInt32BigEndian(file[(offset + 4)..]);
            if (length > file.Length - offset - 8)
            {
                throw new MidiFormatException($"A chunk claims {length} bytes but only {file.Length - offset - 8} remain", offset + 4);
            }

            if (file.Slice(offset, 4).SequenceEqual("MTrk"u8))
            {
                tracks.Add(ReadTrack(file.Slice(offset + 8, (int)length), offset + 8));
            }

            offset += 8 + (int)length;
        }

        if (format == 0 && tracks.Count != 1)
        {
            throw new MidiFormatException($"A format-0 file must have one track, not {tracks.Count}", 10);
        }

        return new MidiFile(format, division, tracks);
    }

    private static MidiTrack ReadTrack(ReadOnlySpan<byte> data, int fileOffset)
    {
        var events = new List<MidiEvent>();
        string? name = null;
        long tick = 0;
        var offset = 0;
        var runningStatus = 0;
        while (offset < data.Length)
        {
            tick += Vlq.Read(data, ref offset, fileOffset);
            if (offset >= data.Length)
            {
                throw new MidiFormatException("The track ends after a delta time, without an event", fileOffset + offset);
            }

            var eventStart = offset;
            int status = data[offset];
            if (status < 0x80)
            {
                if (runningStatus == 0)
                {
                    throw new MidiFormatException($"Data byte 0x{status:X2} where a status byte was expected, with no running status", fileOffset + offset);
                }

                status = runningStatus;
            }
            else
            {
                offset++;
            }

            if (status == 0xFF)
            {
                runningStatus = 0;
                var type = Byte(data, ref offset, fileOffset);
                var length = Vlq.Read(data, ref offset, fileOffset);
                if (length > data.Length - offset)
                {
                    throw new MidiFormatException($"A meta event claims {length} bytes but the track has {data.Length - offset} left", fileOffset + eventStart);
                }

                var body = data.Slice(offset, length);
                offset += length;
                if (type == 0x2F)
                {
                    break;
                }

                var meta = ReadMeta(tick, type, body, fileOffset + eventStart);
                if (meta is MetaEvent { Type: 0x03 } trackName)
                {
                    name ??= Encoding.Latin1.GetString(trackName.Data);
                }
                else
                {
                    events.Add(meta);
                }

                continue;
            }

            if (status is 0xF0 or 0xF7)
            {
                runningStatus = 0;
                var length = Vlq.Read(data, ref offset, fileOffset);
                if (length > data.Length - offset)
                {
                    throw new MidiFormatException($"A system-exclusive message claims {length} bytes but the track has {data.Length - offset} left", fileOffset + eventStart);
                }

                offset += length;
                continue;
            }

            if (status >= 0xF0)
            {
                throw new MidiFormatException($"Status byte 0x{status:X2} is not allowed in a MIDI file track", fileOffset + eventStart);
            }

            runningStatus = status;
            events.Add(ReadChannelMessage(tick, status, data, ref offset, fileOffset));
        }

        return new MidiTrack(name, events);
    }

    private static MidiEvent ReadChannelMessage(long tick, int status, ReadOnlySpan<byte> data, ref int offset, int fileOffset)
    {
        var channel = status & 0x0F;
        var first = DataByte(data, ref offset, fileOffset);
        return (status & 0xF0) switch
        {
            0x80 => new NoteOff(tick, channel, first, DataByte(data, ref offset, fileOffset)),
            0x90 => DataByte(data, ref offset, fileOffset) is var velocity and > 0 ? new NoteOn(tick, channel, first, velocity) : new NoteOff(tick, channel, first),
            0xA0 => new PolyPressure(tick, channel, first, DataByte(data, ref offset, fileOffset)),
            0xB0 => new ControlChange(tick, channel, first, DataByte(data, ref offset, fileOffset)),
            0xC0 => new ProgramChange(tick, channel, first),
            0xD0 => new ChannelPressure(tick, channel, first),
            _ => new PitchBend(tick, channel, (first | (DataByte(data, ref offset, fileOffset) << 7)) - 8192),
        };
    }

    private static MidiEvent ReadMeta(long tick, int type, ReadOnlySpan<byte> body, int offset) => type switch
    {
        0x51 when body.Length == 3 => new TempoChange(tick, (body[0] << 16) | (body[1] << 8) | body[2]),
        0x51 => throw new MidiFormatException($"A tempo event has {body.Length} bytes; it needs 3", offset),
        0x58 when body.Length == 4 => new TimeSignatureChange(tick, body[0], body[1], body[2], body[3]),
        0x58 => throw new MidiFormatException($"A time-signature event has {body.Length} bytes; it needs 4", offset),
        0x59 when body.Length == 2 => new KeySignatureChange(tick, (sbyte)body[0], body[1] == 1),
        _ => new MetaEvent(tick, type, body.ToArray()),
    };

    private static int Byte(ReadOnlySpan<byte> data, ref int offset, int fileOffset) =>
        offset < data.Length ? data[offset++] : throw new MidiFormatException("The track ends inside an event", fileOffset + offset);

    private static int DataByte(ReadOnlySpan<byte> data, ref int offset, int fileOffset)
    {
        var value = Byte(data, ref offset, fileOffset);
        return value < 0x80 ? value : throw new MidiFormatException($"Byte 0x{value:X2} where a data byte (below 0x80) was expected", fileOffset + offset - 1);
    }
}
