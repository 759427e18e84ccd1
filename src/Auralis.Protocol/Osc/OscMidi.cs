namespace Auralis.Protocol.Osc;

/// <summary>The four bytes of an OSC MIDI argument (type tag 'm'): port id, status byte, then the two data bytes.</summary>
public readonly record struct OscMidi(byte Port, byte Status, byte Data1, byte Data2);
