using Auralis.Audio.Instruments.SoundFont;

namespace Auralis.Audio.Tests.Instruments.SoundFont;

public sealed class GeneralMidiSoundFontTests
{
    private static readonly Lazy<SoundFontBank> FluidR3 = new(() => SoundFontBank.ReadSf2(File.ReadAllBytes(GeneralMidiFactAttribute.Path), "FluidR3_GM"));

    // A General MIDI font's recordings are not all in equal temperament (FluidR3's pianos are stretch-tuned by up to 15
    // cents, and FluidSynth plays them so): a note is held to the pitch its zone asks for, which is its key moved from the
    // recording's root by the zone's tuning, heard against the recording's own pitch at its root.
    [GeneralMidiFact]
    public void Piano_strings_and_bass_play_every_note_at_the_pitch_its_zone_asks_for_within_5_cents()
    {
        var heard = new List<string>();
        foreach (var (program, pitches) in new[] { (0, new[] { 48, 60, 72, 84 }), (48, new[] { 55, 67, 79 }), (33, new[] { 33, 40, 52 }) })
        {
            var instrument = FluidR3.Value.Program(0, program);
            foreach (var pitch in pitches)
            {
                var zone = instrument.Zones.ToArray().First(z => z.Answers(pitch, 100));
                var rendered = SoundFontProbe.CentsOff(SoundFontProbe.Hold(instrument, pitch, frames: SoundFontProbe.Rate), pitch);
                var recorded = RecordingCentsOff(zone);
                if (Math.Abs(rendered - recorded) > 5)
                {
                    heard.Add($"program {program}, pitch {pitch}: {rendered:0.0} cents off, its recording {recorded:0.0}");
                }
            }
        }

        Assert.Empty(heard);
    }

    // The recording's median pitch, in cents from the frequency of its zone's root key (tuning included).
    private static double RecordingCentsOff(SampledZone zone)
    {
        var detector = new Auralis.Audio.Analysis.YinPitchDetector(zone.SampleRate);
        var frames = zone.Data.AsSpan(zone.Start, Math.Min(zone.End - zone.Start, zone.SampleRate));
        var rootHertz = 440 * Math.Pow(2, (zone.RootKey - 69) / 12.0);
        var cents = new List<double>();
        for (var start = zone.SampleRate / 10; start + detector.FrameLength <= frames.Length; start += detector.FrameLength / 2)
        {
            if (detector.Detect(frames.Slice(start, detector.FrameLength)) is { IsVoiced: true } estimate)
            {
                cents.Add(Auralis.Audio.Analysis.NoteReading.CentsBetween(rootHertz, estimate.Hertz));
            }
        }

        Assert.NotEmpty(cents);
        cents.Sort();
        return cents[cents.Count / 2];
    }

    [GeneralMidiFact]
    public void The_presets_are_the_general_midi_set_with_the_percussion_bank()
    {
        var presets = FluidR3.Value.Presets;

        Assert.Contains(presets, p => p is { Bank: 0, Program: 0 });
        Assert.Contains(presets, p => p is { Bank: 0, Program: 127 });
        Assert.Contains(presets, p => p is { Bank: SoundFontBank.PercussionBank, Program: 0 });
        Assert.Contains(FluidR3.Value.Program(SoundFontBank.PercussionBank, 0).Zones.ToArray(), z => z.LowKey <= 36 && z.HighKey >= 36);
    }

    [GeneralMidiFact]
    public void A_truncated_soundfont_is_refused_with_what_is_wrong()
    {
        var bytes = File.ReadAllBytes(GeneralMidiFactAttribute.Path).AsSpan(0, 1 << 20).ToArray();

        var error = Assert.Throws<SoundFontFormatException>(() => SoundFontBank.ReadSf2(bytes, "cut"));

        Assert.StartsWith("'cut' is not a readable SoundFont 2 file", error.Message, StringComparison.Ordinal);
    }
}
