namespace Auralis.Audio.Codecs.Midi;

/// <summary>MIDI's variable-length quantities: 7 bits a byte, high bit set on all but the last, at most four bytes.</summary>
public static class Vlq
{
    /// <summary>The largest value a four-byte quantity holds.</summary>
    public const int Max = 0x0FFFFFFF;

    /// <summary>Writes <paramref name="value"/> and returns how many bytes it took.</summary>
    public static int Write(int value, Span<byte> destination)
    {
        if (value is < 0 or > Max)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A MIDI variable-length quantity lies in 0..0x0FFFFFFF.");
        }

        Span<byte> reversed = stackalloc byte[4];
        var count = 0;
        do
        {
            reversed[count++] = (byte)(value & 0x7F);
            value >>= 7;
        }
        while (value > 0);

        for (var i = 0; i < count; i++)
        {
            destination[i] = (byte)(reversed[count - 1 - i] | (i < count - 1 ? 0x80 : 0));
        }

        return count;
    }

    /// <summary>Reads a quantity at <paramref name="offset"/>, advancing it; refuses one longer than four bytes or cut short.</summary>
    public static int Read(ReadOnlySpan<byte> data, ref int offset, int fileOffset = 0)
    {
        var start = offset;
        var value = 0;
        for (var i = 0; i < 4; i++)
        {
            if (offset >= data.Length)
            {
                throw new MidiFormatException("The track ends inside a variable-length quantity", fileOffset + start);
            }

            var b = data[offset++];
            value = (value << 7) | (b & 0x7F);
            if ((b & 0x80) == 0)
            {
                return value;
            }
        }

        throw new MidiFormatException("A variable-length quantity runs over four bytes", fileOffset + start);
    }
}
