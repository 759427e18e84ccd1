using Auralis.Audio.Envelopes;

namespace Auralis.Audio.Instruments;

/// <summary>One voice of an <see cref="EnvelopedSynth{TVoice}"/>: an amplitude envelope, a modulation envelope and the note's velocity.</summary>
public abstract class SynthVoice
{
    /// <summary>The voice's level over the note.</summary>
    public Adsr Amp { get; } = new();

    /// <summary>The envelope that shapes the timbre (a filter sweep, an FM index).</summary>
    public Adsr Modulation { get; } = new();

    /// <summary>The note's velocity, 0..1.</summary>
    public float Velocity { get; set; }

    /// <summary>Prepares whatever the voice owns beyond its envelopes for <paramref name="sampleRate"/>.</summary>
    public virtual void Prepare(float sampleRate)
    {
    }

    /// <summary>Clears whatever the voice owns beyond its envelopes.</summary>
    public virtual void Reset()
    {
    }
}
