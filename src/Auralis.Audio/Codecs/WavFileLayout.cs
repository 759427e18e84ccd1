using System.Buffers.Binary;

namespace Auralis.Audio.Codecs;

/// <summary>
/// Walks a WAV file's chunks before NAudio reads it: NAudio trims a data chunk that claims more than the file holds and
/// stops quietly at a chunk cut short, where Auralis refuses a truncated or lying file, saying what and at which byte.
/// </summary>
internal static class WavFileLayout
{
    /// <summary>Where the fmt chunk's body starts and how long it is, and how long the data chunk is.</summary>
    public readonly record struct Chunks(int FormatOffset, int FormatLength, int DataOffset, int DataLength);

    /// <summary>The chunks of <paramref name="file"/>, once every chunk up to the data chunk is known to fit.</summary>
    public static Chunks Check(ReadOnlySpan<byte> file)
    {
        if (file.Length < 12)
        {
            throw new AudioFormatException($"The file is {file.Length} bytes long, too short to be a WAV file", 0);
        }

        if (!file[..4].SequenceEqual("RIFF"u8))
        {
            throw new AudioFormatException("The file does not start with 'RIFF', so it is not a WAV file", 0);
        }

        if (!file[8..12].SequenceEqual("WAVE"u8))
        {
            throw new AudioFormatException("The RIFF file is not of type 'WAVE'", 8);
        }

        (int Offset, int Length)? format = null;
        var offset = 12;
        while (offset < file.Length)
        {
            if (file.Length - offset < 8)
            {
                throw new AudioFormatException("The file ends inside a chunk header", offset);
            }

            var id = file.Slice(offset, 4);
            var size = BinaryPrimitives.ReadUInt32LittleEndian(file[(offset + 4)..]);
            var body = offset + 8;
            if (size > (uint)(file.Length - body))
            {
                throw new AudioFormatException(
                    $"The '{System.Text.Encoding.ASCII.GetString(id)}' chunk claims {size} bytes but only {file.Length - body} remain (the file is truncated)", offset);
            }

            if (id.SequenceEqual("fmt "u8))
            {
                format = size >= 16 ? (body, (int)size) : throw new AudioFormatException($"The fmt chunk is {size} bytes long; it needs at least 16", body);
            }
            else if (id.SequenceEqual("data"u8))
            {
                return format is { } fmt
                    ? new Chunks(fmt.Offset, fmt.Length, body, (int)size)
                    : throw new AudioFormatException("The data chunk comes before the fmt chunk", offset);
            }

            offset = body + (int)size + (int)(size % 2);
        }

        throw new AudioFormatException(format is null ? "The file has no fmt chunk" : "The file has no data chunk", offset);
    }
}
