namespace Auralis.Audio.Codecs.Midi;

/// <summary>One track of a MIDI file: its name (meta FF 03) and its events in tick order.</summary>
public sealed record MidiTrack(string? Name, IReadOnlyList<MidiEvent> Events);
