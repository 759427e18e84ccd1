using System.Buffers.Binary;

namespace Auralis.Audio.Codecs.Midi;

/// <summary>
/// Checks the chunk layout of a Standard MIDI File before NAudio reads its events: NAudio does not check that chunks fit
/// the file, nor the format or the kind of division, and its errors name no byte.
/// </summary>
internal static class MidiFileLayout
{
    /// <summary>The header's format and division once the header and every track chunk are known to fit the file.</summary>
    public static (int Format, int TicksPerQuarter) Check(ReadOnlySpan<byte> file)
    {
        if (file.Length < 14 || !file[..4].SequenceEqual("MThd"u8))
        {
            throw new MidiFormatException("The file does not start with an 'MThd' header, so it is not a Standard MIDI File", 0);
        }

        var headerLength = BinaryPrimitives.ReadUInt32BigEndian(file[4..]);
        if (headerLength != 6)
        {
            throw new MidiFormatException($"The header chunk's length is {headerLength}; a Standard MIDI File's is 6", 4);
        }

        var format = BinaryPrimitives.ReadUInt16BigEndian(file[8..]);
        var trackCount = BinaryPrimitives.ReadUInt16BigEndian(file[10..]);
        var division = BinaryPrimitives.ReadUInt16BigEndian(file[12..]);
        if (format > 1)
        {
            throw new MidiFormatException($"MIDI format {format} is not supported; Auralis reads formats 0 and 1", 8);
        }

        if (format == 0 && trackCount != 1)
        {
            throw new MidiFormatException($"A format-0 file must have one track, not {trackCount}", 10);
        }

        if ((division & 0x8000) != 0 || division == 0)
        {
            throw new MidiFormatException("Only ticks-per-quarter-note division is supported (not SMPTE time, not 0)", 12);
        }

        long offset = 14;
        for (var track = 1; track <= trackCount; track++)
        {
            if (file.Length - offset < 8)
            {
                throw new MidiFormatException($"The file ends before track {track} of {trackCount}", offset);
            }

            var chunk = file.Slice((int)offset, 8);
            if (!chunk[..4].SequenceEqual("MTrk"u8))
            {
                throw new MidiFormatException($"Track {track} of {trackCount} does not start with 'MTrk'", offset);
            }

            var length = BinaryPrimitives.ReadUInt32BigEndian(chunk[4..]);
            if (length > file.Length - offset - 8)
            {
                throw new MidiFormatException($"A chunk claims {length} bytes but only {file.Length - offset - 8} remain", offset + 4);
            }

            offset += 8 + length;
        }

        return (format, division);
    }
}
