using Auralis.Audio.Processing;

namespace Auralis.Audio.Instruments;

/// <summary>An instrument that renders silence: the last stand-in when even the sine fallback fails.</summary>
public sealed class SilentInstrument : IInstrument
{
    /// <inheritdoc />
    public string Name => "silence";

    /// <inheritdoc />
    public int ActiveVoices => 0;

    /// <inheritdoc />
    public void Prepare(in AudioSpec spec) => spec.Validate();

    /// <inheritdoc />
    public void Reset()
    {
    }

    /// <inheritdoc />
    public void NoteOn(int pitch, int velocity)
    {
    }

    /// <inheritdoc />
    public void NoteOff(int pitch)
    {
    }

    /// <inheritdoc />
    public void AllNotesOff()
    {
    }

    /// <inheritdoc />
    public void Render(Span<float> left, Span<float> right)
    {
        left.Clear();
        right.Clear();
    }
}
