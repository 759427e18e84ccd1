using Auralis.Audio.Instruments;
using Auralis.Audio.Processing;

namespace Auralis.Audio.Tests.Rendering;

/// <summary>An instrument that outputs a constant 0.25 while any note is held: makes note timing visible sample by sample.</summary>
internal sealed class GateInstrument : IInstrument
{
    private int _held;

    public string Name => "gate";

    public int ActiveVoices => _held;

    public void Prepare(in AudioSpec spec)
    {
    }

    public void Reset() => _held = 0;

    public void NoteOn(int pitch, int velocity) => _held++;

    public void NoteOff(int pitch) => _held = Math.Max(0, _held - 1);

    public void AllNotesOff() => _held = 0;

    public void Render(Span<float> left, Span<float> right)
    {
        left.Fill(_held > 0 ? 0.25f : 0f);
        right.Fill(_held > 0 ? 0.25f : 0f);
    }
}

/// <summary>An instrument that throws once it has rendered a given number of blocks.</summary>
internal sealed class FailingInstrument(int blocksBeforeFailure) : IInstrument
{
    private int _blocks;

    public string Name => "failing";

    public int ActiveVoices => 0;

    public void Prepare(in AudioSpec spec)
    {
    }

    public void Reset()
    {
    }

    public void NoteOn(int pitch, int velocity)
    {
    }

    public void NoteOff(int pitch)
    {
    }

    public void AllNotesOff()
    {
    }

    public void Render(Span<float> left, Span<float> right)
    {
        if (++_blocks > blocksBeforeFailure)
        {
            throw new InvalidOperationException("The oscillator bank caught fire.");
        }

        left.Clear();
        right.Clear();
    }
}

/// <summary>Collects rendered blocks with their first frames.</summary>
internal sealed class CapturingSink : Auralis.Audio.Rendering.IAudioBlockSink
{
    public List<float> Samples { get; } = [];

    public List<long> FirstFrames { get; } = [];

    public void Write(long firstFrame, ReadOnlySpan<float> interleavedStereo)
    {
        FirstFrames.Add(firstFrame);
        Samples.AddRange(interleavedStereo.ToArray());
    }
}
