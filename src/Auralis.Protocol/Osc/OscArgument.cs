namespace Auralis.Protocol.Osc;

/// <summary>One argument of an <see cref="OscMessage"/>; each nested record is one OSC type and knows its type tag.</summary>
/// <remarks>
/// Floats and doubles compare with <see cref="float.Equals(float)"/>, so a NaN equals a NaN and a value read back equals the
/// value written. Implicit conversions from the CLR types keep message literals short: <c>new OscMessage("/foo", 1, 2.5f, "x")</c>.
/// </remarks>
public abstract record OscArgument
{
    private protected OscArgument()
    {
    }

    /// <summary>The argument's character in the type tag string.</summary>
    public abstract char Tag { get; }

    /// <summary>An int32 argument ('i').</summary>
    public static implicit operator OscArgument(int value) => new Int32(value);

    /// <summary>A float32 argument ('f').</summary>
    public static implicit operator OscArgument(float value) => new Float32(value);

    /// <summary>A string argument ('s').</summary>
    public static implicit operator OscArgument(string value) => new String(value);

    /// <summary>An int64 argument ('h').</summary>
    public static implicit operator OscArgument(long value) => new Int64(value);

    /// <summary>A double argument ('d').</summary>
    public static implicit operator OscArgument(double value) => new Double(value);

    /// <summary>A true ('T') or false ('F') argument.</summary>
    public static implicit operator OscArgument(bool value) => new Boolean(value);

    /// <summary>A timetag argument ('t').</summary>
    public static implicit operator OscArgument(OscTimeTag value) => new TimeTag(value);

    /// <summary>A MIDI argument ('m').</summary>
    public static implicit operator OscArgument(OscMidi value) => new Midi(value);

    /// <summary>'i': a 32-bit big-endian two's complement integer.</summary>
    public sealed record Int32(int Value) : OscArgument
    {
        /// <inheritdoc />
        public override char Tag => 'i';
    }

    /// <summary>'f': a 32-bit big-endian IEEE 754 float.</summary>
    public sealed record Float32(float Value) : OscArgument
    {
        /// <inheritdoc />
        public override char Tag => 'f';
    }

    /// <summary>'s': text, carried as UTF-8 with a NUL after it (so it may not hold a NUL itself).</summary>
    public sealed record String : OscArgument
    {
        /// <summary>Creates a string argument; a NUL inside would end it early on the wire, so it is refused.</summary>
        public String(string value)
        {
            ArgumentNullException.ThrowIfNull(value);
            if (value.Contains('\0', StringComparison.Ordinal))
            {
                throw new ArgumentException("An OSC string ends at its first NUL, so it cannot hold one.", nameof(value));
            }

            Value = value;
        }

        /// <summary>The text.</summary>
        public string Value { get; }

        /// <inheritdoc />
        public override char Tag => 's';
    }

    /// <summary>'b': opaque bytes, carried with their int32 length in front; the record keeps its own copy.</summary>
    public sealed record Blob : OscArgument
    {
        private readonly byte[] _bytes;

        /// <summary>Creates a blob holding a copy of <paramref name="bytes"/>.</summary>
        public Blob(ReadOnlySpan<byte> bytes) => _bytes = bytes.ToArray();

        /// <summary>The bytes.</summary>
        public ReadOnlyMemory<byte> Bytes => _bytes;

        /// <inheritdoc />
        public override char Tag => 'b';

        /// <summary>Equal when both hold the same bytes.</summary>
        public bool Equals(Blob? other) => other is not null && _bytes.AsSpan().SequenceEqual(other._bytes);

        /// <inheritdoc />
        public override int GetHashCode() => _bytes.Length;
    }

    /// <summary>'h': a 64-bit big-endian two's complement integer.</summary>
    public sealed record Int64(long Value) : OscArgument
    {
        /// <inheritdoc />
        public override char Tag => 'h';
    }

    /// <summary>'d': a 64-bit big-endian IEEE 754 double.</summary>
    public sealed record Double(double Value) : OscArgument
    {
        /// <inheritdoc />
        public override char Tag => 'd';
    }

    /// <summary>'T' or 'F': a boolean carried by the type tag alone, with no bytes of its own.</summary>
    public sealed record Boolean(bool Value) : OscArgument
    {
        /// <inheritdoc />
        public override char Tag => Value ? 'T' : 'F';
    }

    /// <summary>'N': nil, carried by the type tag alone.</summary>
    public sealed record Nil : OscArgument
    {
        /// <inheritdoc />
        public override char Tag => 'N';
    }

    /// <summary>'I': impulse (OSC 1.0 calls it infinitum), a bang carried by the type tag alone.</summary>
    public sealed record Impulse : OscArgument
    {
        /// <inheritdoc />
        public override char Tag => 'I';
    }

    /// <summary>'t': a timetag.</summary>
    public sealed record TimeTag(OscTimeTag Value) : OscArgument
    {
        /// <inheritdoc />
        public override char Tag => 't';
    }

    /// <summary>'c': a character carried in 32 bits; only UTF-16 code units (up to U+FFFF) are read.</summary>
    public sealed record Char(char Value) : OscArgument
    {
        /// <inheritdoc />
        public override char Tag => 'c';
    }

    /// <summary>'m': a 4-byte MIDI message.</summary>
    public sealed record Midi(OscMidi Value) : OscArgument
    {
        /// <inheritdoc />
        public override char Tag => 'm';
    }
}
