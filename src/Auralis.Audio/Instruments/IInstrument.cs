using Auralis.Audio.Processing;

namespace Auralis.Audio.Instruments;

/// <summary>A polyphonic sound source the renderer plays notes on: prepared once, then driven block by block.</summary>
/// <remarks>
/// Everything is called on the render thread. <see cref="Prepare"/> may allocate; the other members must not.
/// <see cref="Render"/> overwrites the block (it does not add), so an instrument that stops sounding writes zeros.
/// </remarks>
public interface IInstrument
{
    /// <summary>The instrument's name as sessions and presets know it ("subtractive", "fm", "sampler", "drums", "sine", "soundfont").</summary>
    string Name { get; }

    /// <summary>Allocates voices and buffers for <paramref name="spec"/>.</summary>
    void Prepare(in AudioSpec spec);

    /// <summary>Silences every voice and clears all state.</summary>
    void Reset();

    /// <summary>Starts a note (MIDI pitch 0..127, velocity 1..127) at the start of the next rendered sample.</summary>
    void NoteOn(int pitch, int velocity);

    /// <summary>Releases the note on <paramref name="pitch"/> started last; a note already stolen is ignored.</summary>
    void NoteOff(int pitch);

    /// <summary>Releases every sounding note.</summary>
    void AllNotesOff();

    /// <summary>How many voices are sounding (including releases).</summary>
    int ActiveVoices { get; }

    /// <summary>Renders the next frames into the two channels, overwriting them.</summary>
    void Render(Span<float> left, Span<float> right);
}
