using Auralis.Audio.Analysis;
using Auralis.Audio.Codecs.Midi;
using Auralis.Music.Theory;
using Auralis.Engine.Sessions;

namespace Auralis.Engine.Agents.Pitch;

/// <summary>Reads a motif from an uploaded file: a WAV of a sung or played line (transcribed), or a Standard MIDI File (its first melodic track).</summary>
public static class MotifFiles
{
    /// <summary>True when <paramref name="bytes"/> begin like a Standard MIDI File.</summary>
    public static bool IsMidi(ReadOnlySpan<byte> bytes) => bytes.Length >= 4 && bytes[..4].SequenceEqual("MThd"u8);

    /// <summary>The motif's notes in <paramref name="bytes"/>, heard in <paramref name="key"/>; a <see cref="FormatException"/> says why there is none.</summary>
    public static IReadOnlyList<MotifNote> Read(byte[] bytes, Key key, double bpm)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        return IsMidi(bytes) ? FromMidi(bytes) : FromAudio(bytes, key, bpm);
    }

    /// <summary>The notes of the first track of a MIDI file that has any (drums on channel 10 skipped), at 480 ticks per quarter.</summary>
    public static IReadOnlyList<MotifNote> FromMidi(byte[] bytes)
    {
        MidiFile file;
        try
        {
            file = MidiReader.Parse(bytes);
        }
        catch (MidiFormatException e)
        {
            throw new FormatException($"Not a readable MIDI file: {e.Message}.", e);
        }

        foreach (var track in file.Tracks)
        {
            var notes = MidiNotes.FromEvents(track.Events).Where(n => n.Channel != 9).ToArray();
            if (notes.Length > 0)
            {
                return notes.Select(n => new MotifNote(Scale(n.Tick, file.TicksPerQuarter), (int)Math.Max(1, Scale(n.DurationTicks, file.TicksPerQuarter)),
                    n.Pitch, Math.Clamp(n.Velocity, 1, 127))).ToArray();
            }
        }

        throw new FormatException("The MIDI file has no notes (outside the drum channel), so there is no motif in it.");
    }

    /// <summary>The notes transcribed from a WAV at the session's tempo.</summary>
    public static IReadOnlyList<MotifNote> FromAudio(byte[] bytes, Key key, double bpm)
    {
        var audio = PitchAnalysis.ReadWav(bytes);
        try
        {
            var motif = MotifTranscriber.Transcribe(audio, key, TranscriptionOptions.Default with { BeatsPerMinute = bpm });
            return motif.Notes.Select(n => new MotifNote(n.Tick, n.DurationTicks, n.Pitch.MidiNumber, n.Velocity)).ToArray();
        }
        catch (ArgumentException e)
        {
            throw new FormatException(e.Message, e);
        }
    }

    private static long Scale(long ticks, int ticksPerQuarter) => ticks * 480 / ticksPerQuarter;
}
