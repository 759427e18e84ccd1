namespace Auralis.Audio.Codecs.Midi;

/// <summary>An event of a MIDI track at an absolute tick.</summary>
public abstract record MidiEvent(long Tick);

/// <summary>A key pressed (velocity 1..127; a note-on with velocity 0 is read as a <see cref="NoteOff"/>).</summary>
public sealed record NoteOn(long Tick, int Channel, int Pitch, int Velocity) : MidiEvent(Tick);

/// <summary>A key released.</summary>
public sealed record NoteOff(long Tick, int Channel, int Pitch, int Velocity = 0) : MidiEvent(Tick);

/// <summary>A controller moved (0..127 each).</summary>
public sealed record ControlChange(long Tick, int Channel, int Controller, int Value) : MidiEvent(Tick);

/// <summary>A program (patch) selected.</summary>
public sealed record ProgramChange(long Tick, int Channel, int Program) : MidiEvent(Tick);

/// <summary>The pitch wheel moved: −8192..8191, 0 centred.</summary>
public sealed record PitchBend(long Tick, int Channel, int Value) : MidiEvent(Tick);

/// <summary>Aftertouch for the whole channel.</summary>
public sealed record ChannelPressure(long Tick, int Channel, int Pressure) : MidiEvent(Tick);

/// <summary>Aftertouch for one key.</summary>
public sealed record PolyPressure(long Tick, int Channel, int Pitch, int Pressure) : MidiEvent(Tick);

/// <summary>The tempo from this tick on, in microseconds per quarter note (meta FF 51).</summary>
public sealed record TempoChange(long Tick, int MicrosecondsPerQuarter) : MidiEvent(Tick)
{
    /// <summary>The tempo in quarter notes per minute.</summary>
    public double Bpm => 60_000_000.0 / MicrosecondsPerQuarter;

    /// <summary>A tempo change to <paramref name="bpm"/> quarter notes per minute.</summary>
    public static TempoChange FromBpm(long tick, double bpm) => new(tick, (int)Math.Round(60_000_000.0 / bpm));
}

/// <summary>The time signature from this tick on (meta FF 58): numerator over 2^<see cref="DenominatorPower"/>.</summary>
public sealed record TimeSignatureChange(long Tick, int Numerator, int DenominatorPower, int ClocksPerClick = 24, int ThirtySecondsPerQuarter = 8)
    : MidiEvent(Tick)
{
    /// <summary>The denominator (4 for x/4).</summary>
    public int Denominator => 1 << DenominatorPower;
}

/// <summary>The key signature from this tick on (meta FF 59): sharps (negative for flats) and major or minor.</summary>
public sealed record KeySignatureChange(long Tick, int Sharps, bool Minor) : MidiEvent(Tick);

/// <summary>Any other meta event, kept as its type and bytes.</summary>
public sealed record MetaEvent(long Tick, int Type, byte[] Data) : MidiEvent(Tick);
