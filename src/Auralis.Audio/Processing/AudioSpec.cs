namespace Auralis.Audio.Processing;

/// <summary>What a processor is prepared for: the sample rate, the largest block it will be asked to render, and the channel count.</summary>
public readonly record struct AudioSpec(int SampleRate, int MaxBlockFrames = 128, int Channels = 2)
{
    /// <summary>Auralis's session format: 48 kHz stereo in blocks of 128 frames (the Web Audio render quantum).</summary>
    public static AudioSpec Session { get; } = new(48_000);

    /// <summary>Refuses a spec no processor can work with.</summary>
    public void Validate()
    {
        if (SampleRate is < 8_000 or > 384_000)
        {
            throw new ArgumentOutOfRangeException(nameof(SampleRate), SampleRate, "The sample rate lies between 8 kHz and 384 kHz.");
        }

        if (MaxBlockFrames is < 1 or > 65_536)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxBlockFrames), MaxBlockFrames, "A block holds 1 to 65 536 frames.");
        }

        if (Channels is < 1 or > 8)
        {
            throw new ArgumentOutOfRangeException(nameof(Channels), Channels, "Auralis renders 1 to 8 channels.");
        }
    }
}
