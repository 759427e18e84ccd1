namespace Auralis.Audio.Instruments.SoundFont;

/// <summary>An SF2 or SFZ file that cannot be played, with what is wrong.</summary>
public sealed class SoundFontFormatException(string message, Exception? inner = null) : FormatException(message, inner);
