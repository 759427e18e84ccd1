namespace Auralis.Audio.Codecs.Midi;

/// <summary>Turns what NAudio.Midi throws on a malformed track into a <see cref="MidiFormatException"/> saying what is wrong and where.</summary>
internal static class NAudioMidiErrors
{
    // NAudio's messages for a status byte (0x80 and above) read where a channel message's data byte belongs.
    private static readonly string[] BadDataByte = ["Invalid patch", "Invalid afterTouchPressure", "Invalid pitchwheelchange byte 1", "Invalid pitchwheelchange byte 2"];

    /// <summary>The error for <paramref name="error"/>, thrown by NAudio with its stream at <paramref name="position"/> of <paramref name="file"/>.</summary>
    public static MidiFormatException Explain(Exception error, byte[] file, long position) => error switch
    {
        // NAudio follows the previous event's status for a data byte and has none before the first channel message.
        NullReferenceException => new MidiFormatException(
            $"Data byte 0x{file[position - 1]:X2} where a status byte was expected, with no running status", position - 1),
        EndOfStreamException => new MidiFormatException("The track ends inside an event", position),
        FormatException { Message: "Invalid Var Int" } => new MidiFormatException("A variable-length quantity runs over four bytes", position - 1),
        FormatException { Message: var message } when message.StartsWith("Read too far", StringComparison.Ordinal) =>
            new MidiFormatException("The track ends inside an event that runs past its chunk", position),
        ArgumentOutOfRangeException or InvalidDataException => DataByteExpected(error, position),
        FormatException when BadDataByte.Contains(error.Message) => DataByteExpected(error, position),
        _ => new MidiFormatException($"NAudio refuses the track: {error.Message}", position),
    };

    private static MidiFormatException DataByteExpected(Exception error, long position) =>
        new($"A byte where a data byte (below 0x80) was expected ({error.Message.Split(Environment.NewLine)[0]})", position - 1);
}
