namespace Auralis.Audio.Codecs;

/// <summary>A WAV file that cannot be read: what is wrong, and at which byte.</summary>
public sealed class AudioFormatException(string message, long offset) : Exception($"{message} (at byte {offset})")
{
    /// <summary>The byte offset in the file where the problem was found.</summary>
    public long Offset { get; } = offset;
}
