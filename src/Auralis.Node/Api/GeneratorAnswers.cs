using Auralis.Audio.Codecs.Midi;
using Auralis.Music.Harmony;
using Auralis.Music.Theory;
using Auralis.Music.Time;
using Auralis.Protocol.Rest;

namespace Auralis.Node.Api;

/// <summary>What the generators share: reading a key and a regime from the query, and answering notes (JSON or MIDI) and chords.</summary>
internal static class GeneratorAnswers
{
    internal static IResult NotesResult(IReadOnlyList<Note> notes, string? format, string name)
    {
        if (format is "mid")
        {
            var midi = new MemoryStream();
            var events = MidiNotes.ToEvents(notes.Select(n => new MidiNote(n.Tick, n.DurationTicks, n.Pitch.MidiNumber, n.Velocity)));
            MidiWriter.Write(midi, new MidiFile(0, Ticks.PerQuarter, [new MidiTrack(name, events)]));
            return Results.File(midi.ToArray(), "audio/midi", $"{name}.mid");
        }

        return format is null or "" or "json" ? Results.Ok(new GeneratedNotes(notes.Select(NoteAnswer).ToArray())) : Problems.BadRequest($"format is json or mid, not '{format}'.");
    }

    internal static GeneratedNote NoteAnswer(Note n) => new(n.Tick, n.DurationTicks, n.Pitch.MidiNumber, n.Pitch.ToString(), n.Velocity);

    internal static GeneratedChord ChordAnswer(Chord c, string? degree = null) => new(c.Symbol, c.Root.Value, c.PitchClasses.Select(p => p.Value).ToArray(), degree);

    internal static bool TryKey(string? key, string? mode, out Key result, out string? error)
    {
        try
        {
            result = new Key(PitchClass.Parse(key ?? "C"), Scale.Parse(mode ?? "major"));
            error = null;
            return true;
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            result = null!;
            error = e.Message;
            return false;
        }
    }

    internal static bool TryRegime(string? text, out Regime regime, out string? error)
    {
        error = Enum.TryParse(text ?? "sideways", ignoreCase: true, out regime) && Enum.IsDefined(regime) ? null : $"regime is bull, bear, sideways or volatile, not '{text}'.";
        return error is null;
    }
}
