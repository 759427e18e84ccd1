namespace Auralis.Audio.Codecs.Midi;

/// <summary>A Standard MIDI File that cannot be read: what is wrong, and at which byte.</summary>
public sealed class MidiFormatException(string message, long offset) : Exception($"{message} (at byte {offset})")
{
    /// <summary>The byte offset in the file where the problem was found.</summary>
    public long Offset { get; } = offset;
}
