using Auralis.Protocol.Osc;

namespace Auralis.Protocol.Tests.Osc;

/// <summary>Seeded random OSC packets of every argument type, bundles nested up to a given depth, for the property tests.</summary>
internal sealed class OscGenerator(ulong seed)
{
    private const string AddressChars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.~!$%&'()+:;<=>@^`|*?[]{},";

    private static readonly string[] Texts = ["", "a", "abc", "abcd", "play", "Dm7", "ii7", "é", "🎵 note", "a longer piece of text, 32 bytes"];

    public XorShift Random { get; } = new(seed);

    public OscPacket Packet(int maxDepth) => maxDepth > 0 && Random.Below(3) == 0 ? Bundle(maxDepth) : Message();

    public OscBundle Bundle(int maxDepth)
    {
        var elements = new OscPacket[Random.Below(5)];
        for (var i = 0; i < elements.Length; i++)
        {
            elements[i] = Packet(maxDepth - 1);
        }

        var time = Random.Below(4) == 0 ? OscTimeTag.Immediately : new OscTimeTag(Random.Next());
        return new OscBundle(time, elements);
    }

    public OscMessage Message()
    {
        var parts = 1 + Random.Below(4);
        var address = string.Concat(Enumerable.Range(0, parts).Select(_ => "/" + Word()));
        var arguments = new OscArgument[Random.Below(8)];
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = Argument();
        }

        return new OscMessage(address, arguments);
    }

    public OscArgument Argument() => Random.Below(13) switch
    {
        0 => new OscArgument.Int32((int)Random.Next()),
        1 => new OscArgument.Float32(Random.Below(10) == 0 ? float.NaN : BitConverter.Int32BitsToSingle((int)Random.Next())),
        2 => new OscArgument.String(Random.Below(2) == 0 ? Texts[Random.Below(Texts.Length)] : Word()),
        3 => new OscArgument.Blob(Bytes(Random.Below(12))),
        4 => new OscArgument.Int64((long)Random.Next()),
        5 => new OscArgument.Double(BitConverter.Int64BitsToDouble((long)Random.Next())),
        6 => new OscArgument.Boolean(true),
        7 => new OscArgument.Boolean(false),
        8 => new OscArgument.Nil(),
        9 => new OscArgument.Impulse(),
        10 => new OscArgument.TimeTag(new OscTimeTag(Random.Next())),
        11 => new OscArgument.Char((char)Random.Below(char.MaxValue + 1)),
        _ => new OscArgument.Midi(new OscMidi(Random.Byte(), Random.Byte(), Random.Byte(), Random.Byte())),
    };

    private string Word() => string.Concat(Enumerable.Range(0, 1 + Random.Below(9)).Select(_ => AddressChars[Random.Below(AddressChars.Length)]));

    private byte[] Bytes(int length)
    {
        var bytes = new byte[length];
        for (var i = 0; i < length; i++)
        {
            bytes[i] = Random.Byte();
        }

        return bytes;
    }
}
