using Auralis.Audio.Instruments;

namespace Auralis.Audio.Rendering;

/// <summary>Something the renderer does at an exact frame of the timeline: a note, a level, a new instrument.</summary>
/// <param name="Frame">The absolute frame at which the event takes effect.</param>
/// <param name="Kind">What it does.</param>
/// <param name="Channel">The mixer channel (one per voice of the session).</param>
/// <param name="Pitch">The note's MIDI pitch (notes only).</param>
/// <param name="Velocity">The note's velocity, 1..127 (note-ons only).</param>
/// <param name="Value">The new value (levels and parameters).</param>
/// <param name="Parameter">The instrument parameter's index (instrument parameters only).</param>
/// <param name="Instrument">The prepared instrument (swaps only).</param>
public readonly record struct RenderEvent(long Frame, RenderEventKind Kind, int Channel, int Pitch = 0, int Velocity = 0, float Value = 0,
    int Parameter = 0, IInstrument? Instrument = null)
{
    /// <summary>A note-on at <paramref name="frame"/>.</summary>
    public static RenderEvent NoteOn(long frame, int channel, int pitch, int velocity) => new(frame, RenderEventKind.NoteOn, channel, pitch, velocity);

    /// <summary>A note-off at <paramref name="frame"/>.</summary>
    public static RenderEvent NoteOff(long frame, int channel, int pitch) => new(frame, RenderEventKind.NoteOff, channel, pitch);

    /// <summary>A level change at <paramref name="frame"/>.</summary>
    public static RenderEvent Set(long frame, RenderEventKind kind, int channel, float value) => new(frame, kind, channel, Value: value);
}
