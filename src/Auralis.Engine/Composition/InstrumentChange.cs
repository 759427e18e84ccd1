using System.Collections.Immutable;

namespace Auralis.Engine.Composition;

/// <summary>
/// A voice's instrument is replaced from a step on; the synthesis side builds and prepares the instrument named, with
/// the library samples it plays (slot → sample name; a slot left out keeps the instrument's built-in sound).
/// </summary>
public sealed record InstrumentChange(long Frame, int Channel, string Instrument, ImmutableSortedDictionary<string, string> Samples)
{
    /// <summary>The SoundFont preset a soundfont instrument plays (General MIDI bank 0, program 0 unless a voice says otherwise).</summary>
    public SoundFontPatch Patch { get; init; } = new(0, 0);

    /// <summary>An instrument that plays only its built-in sounds.</summary>
    public InstrumentChange(long frame, int channel, string instrument)
        : this(frame, channel, instrument, ImmutableSortedDictionary<string, string>.Empty)
    {
    }
}
