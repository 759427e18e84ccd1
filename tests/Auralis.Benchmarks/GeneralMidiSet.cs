namespace Auralis.Benchmarks;

/// <summary>
/// The SoundFont benchmark's music: 32 General MIDI notes restruck every beat at 120 bpm — a ten-note piano chord, a
/// ten-note string chord, four bass notes and eight drum hits — the same for Auralis and for FluidSynth.
/// </summary>
internal static class GeneralMidiSet
{
    /// <summary>Each part: its MIDI channel (0-based; 9 is General MIDI's drums), bank, program, the keys it holds and their velocity.</summary>
    public static readonly (int Channel, int Bank, int Program, int[] Keys, int Velocity)[] Parts =
    [
        (0, 0, 0, [48, 52, 55, 59, 60, 64, 67, 71, 72, 76], 90),
        (1, 0, 48, [43, 50, 55, 59, 62, 67, 71, 74, 79, 83], 80),
        (2, 0, 33, [28, 35, 40, 47], 100),
        (9, 128, 0, [35, 36, 38, 42, 46, 49, 51, 39], 100),
    ];

    /// <summary>A beat at 120 bpm, in frames at 48 kHz.</summary>
    public const int BeatFrames = 24_000;

    /// <summary>How many notes are struck every beat.</summary>
    public static int NotesPerBeat => Parts.Sum(p => p.Keys.Length);

    /// <summary>The SoundFont both play.</summary>
    public const string SoundFontPath = "/usr/share/sounds/sf2/FluidR3_GM.sf2";

    /// <summary>Writes <paramref name="beats"/> beats of the set as a Standard MIDI File (NAudio.Midi), for FluidSynth.</summary>
    public static void WriteMidi(string path, int beats)
    {
        const int TicksPerQuarter = 480;
        var events = new NAudio.Midi.MidiEventCollection(0, TicksPerQuarter);
        events.AddEvent(new NAudio.Midi.TempoEvent(500_000, 0), 0);
        foreach (var part in Parts)
        {
            // NAudio numbers channels from 1.
            events.AddEvent(new NAudio.Midi.ControlChangeEvent(0, part.Channel + 1, NAudio.Midi.MidiController.BankSelect, Math.Min(127, part.Bank)), 0);
            events.AddEvent(new NAudio.Midi.PatchChangeEvent(0, part.Channel + 1, part.Program), 0);
        }

        for (var beat = 0; beat < beats; beat++)
        {
            foreach (var part in Parts)
            {
                foreach (var key in part.Keys)
                {
                    events.AddEvent(new NAudio.Midi.NoteOnEvent(beat * (long)TicksPerQuarter, part.Channel + 1, key, part.Velocity, TicksPerQuarter - 1), 0);
                    events.AddEvent(new NAudio.Midi.NoteEvent((beat * (long)TicksPerQuarter) + TicksPerQuarter - 1, part.Channel + 1, NAudio.Midi.MidiCommandCode.NoteOff, key, 0), 0);
                }
            }
        }

        events.AddEvent(new NAudio.Midi.MetaEvent(NAudio.Midi.MetaEventType.EndTrack, 0, beats * (long)TicksPerQuarter), 0);
        events.PrepareForExport();
        NAudio.Midi.MidiFile.Export(path, events);
    }
}
