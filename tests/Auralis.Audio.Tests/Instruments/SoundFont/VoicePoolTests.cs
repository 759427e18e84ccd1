using Auralis.Audio.Instruments.SoundFont;

namespace Auralis.Audio.Tests.Instruments.SoundFont;

public sealed class VoicePoolTests
{
    private static SoundFontInstrument Playing(SampledZone zone)
    {
        var instrument = new SoundFontInstrument();
        instrument.Load(new SampledProgram("pool", [zone]));
        instrument.Prepare(new Auralis.Audio.Processing.AudioSpec(SoundFontProbe.Rate));
        return instrument;
    }

    [Fact]
    public void A_full_pool_gives_up_a_voice_for_each_new_note_and_never_sounds_more_than_it_holds()
    {
        var instrument = Playing(SoundFontProbe.LoopedSine(440));
        var (left, right) = (new float[128], new float[128]);
        for (var note = 0; note < SoundFontInstrument.Voices + 20; note++)
        {
            instrument.NoteOn(20 + (note % 100), 100);
            instrument.Render(left, right);
            Assert.Equal(Math.Min(note + 1, SoundFontInstrument.Voices), instrument.ActiveVoices);
        }
    }

    [Fact]
    public void Voices_whose_sample_runs_out_stop_sounding_and_are_played_again()
    {
        // A tenth of a second of sine, played once at its own pitch on every key: each note ends within 40 blocks.
        var zone = SoundFontProbe.LoopedSine(440) with { Loop = ZoneLoop.None, End = SampledZone.Guard + 4_400, KeyTracking = 0 };
        var instrument = Playing(zone);
        var (left, right) = (new float[128], new float[128]);
        for (var round = 0; round < 3; round++)
        {
            for (var note = 0; note < 100; note++)
            {
                instrument.NoteOn(20 + note, 100);
            }

            instrument.Render(left, right);
            Assert.Equal(100, instrument.ActiveVoices);
            for (var block = 0; block < 60; block++)
            {
                instrument.Render(left, right);
            }

            Assert.Equal(0, instrument.ActiveVoices);
        }
    }
}
