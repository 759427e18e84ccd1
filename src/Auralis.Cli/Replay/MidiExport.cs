using Auralis.Protocol.Audio;
using Auralis.Audio.Codecs.Midi;
using Auralis.Engine.Composition;
using Auralis.Engine.Replay;

namespace Auralis.Cli.Replay;

/// <summary>Turns a replay's notes into a Standard MIDI File: a tempo track, then one track per voice on that voice's channel.</summary>
public static class MidiExport
{
    /// <summary>Ticks per quarter note, the session's own resolution, so no note moves.</summary>
    public const int TicksPerQuarter = 480;

    /// <summary>The MIDI file of <paramref name="result"/>: format 1, the tempo of every played step, the notes of every voice.</summary>
    public static MidiFile From(ReplayResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var tracks = new List<MidiTrack> { new("tempo", Tempi(result)) };
        foreach (var voice in result.Notes.GroupBy(n => n.Voice).OrderBy(g => g.Min(n => n.Channel)).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            tracks.Add(new MidiTrack(voice.Key, MidiNotes.ToEvents(voice.Select(ToMidi))));
        }

        return new MidiFile(1, TicksPerQuarter, tracks);
    }

    private static MidiNote ToMidi(PlayedNote note) =>
        new(note.Note.Tick, note.Note.DurationTicks, note.Note.Pitch.MidiNumber, note.Note.Velocity, note.Channel);

    /// <summary>The tempo at the start, then wherever a played step's tempo differs from the one before (a bpm change).</summary>
    private static List<MidiEvent> Tempi(ReplayResult result)
    {
        var events = new List<MidiEvent> { new TempoChange(0, MicrosecondsPerQuarter(result.BeatsPerMinute)) };
        var current = MicrosecondsPerQuarter(result.BeatsPerMinute);
        foreach (var step in result.Steps.Where(s => s.Span.Playing))
        {
            // A step's frames per tick fix its tempo exactly: 48 000 frames a second, 480 ticks a quarter note.
            var tempo = (int)Math.Round(step.Span.FramesPerTick * TicksPerQuarter / (double)AudioChunk.SampleRate * 1_000_000.0);
            if (tempo != current)
            {
                events.Add(new TempoChange(step.Span.Tick, tempo));
                current = tempo;
            }
        }

        // Seeks and loops move the tick back; a tempo map runs forward only, so later changes at earlier ticks are dropped.
        var forward = new List<MidiEvent>();
        long last = -1;
        foreach (var e in events)
        {
            if (e.Tick > last || forward.Count == 0)
            {
                forward.Add(e);
                last = e.Tick;
            }
        }

        return forward;
    }

    private static int MicrosecondsPerQuarter(double bpm) => (int)Math.Round(60_000_000.0 / bpm);
}
