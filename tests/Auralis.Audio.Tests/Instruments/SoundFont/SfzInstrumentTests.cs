using Auralis.Audio.Instruments;
using Auralis.Audio.Instruments.SoundFont;

namespace Auralis.Audio.Tests.Instruments.SoundFont;

public sealed class SfzInstrumentTests
{
    // 440 Hz at 44 kHz is exactly 100 frames a period, so a loop of whole periods is seamless.
    private static readonly SampleData A440 = SoundFontProbe.Sine(440);
    private static readonly SampleData A880 = SoundFontProbe.Sine(880);

    private static SampledProgram Read(string sfz) =>
        SoundFontBank.ReadSfz(sfz, "test", path => path switch { "a440.wav" => A440, "a880.wav" => A880, _ => null }).Program(0, 0);

    [Theory]
    [InlineData(45)]
    [InlineData(60)]
    [InlineData(69)]
    [InlineData(81)]
    public void A_region_plays_every_key_at_its_pitch_within_5_cents(int pitch)
    {
        var program = Read("<region> sample=a440.wav pitch_keycenter=69 loop_mode=loop_continuous loop_start=0 loop_end=43999");

        var cents = SoundFontProbe.CentsOff(SoundFontProbe.Hold(program, pitch), pitch);

        Assert.InRange(cents, -5, 5);
    }

    [Fact]
    public void Tune_and_transpose_move_the_pitch()
    {
        var program = Read("<region> sample=a440.wav pitch_keycenter=69 transpose=12 tune=-50");

        var cents = SoundFontProbe.CentsOff(SoundFontProbe.Hold(program, 60), 60);

        Assert.InRange(cents, 1150 - 5, 1150 + 5);
    }

    [Fact]
    public void Velocity_zones_choose_the_sample_a_velocity_asks_for()
    {
        var program = Read("""
            <group> pitch_keycenter=69 lokey=60 hikey=80
            <region> sample=a440.wav hivel=63
            <region> sample=a880.wav lovel=64
            """);

        Assert.InRange(SoundFontProbe.CentsOff(SoundFontProbe.Hold(program, 69, velocity: 40), 69), -5, 5);
        Assert.InRange(SoundFontProbe.CentsOff(SoundFontProbe.Hold(program, 69, velocity: 100), 69), 1195, 1205);
        Assert.DoesNotContain(SoundFontProbe.Hold(program, 59), s => s != 0);
    }

    [Fact]
    public void A_loop_sounds_past_the_sample_and_an_unlooped_sample_ends_with_it()
    {
        var looped = Read("<region> sample=a440.wav pitch_keycenter=69 loop_mode=loop_continuous loop_start=22000 loop_end=43999");
        var once = Read("<region> sample=a440.wav pitch_keycenter=69");

        var loopedAudio = SoundFontProbe.Hold(looped, 69, frames: 3 * SoundFontProbe.Rate);
        var onceAudio = SoundFontProbe.Hold(once, 69, frames: 3 * SoundFontProbe.Rate);

        Assert.True(InstrumentProbe.Rms(loopedAudio, 2 * SoundFontProbe.Rate, 3 * SoundFontProbe.Rate) > 0.1);
        Assert.Equal(0, InstrumentProbe.Rms(onceAudio, 2 * SoundFontProbe.Rate, 3 * SoundFontProbe.Rate));
    }

    [Fact]
    public void The_release_fades_the_note_after_its_key_is_let_go()
    {
        var program = Read("<region> sample=a440.wav pitch_keycenter=69 loop_mode=loop_continuous loop_start=0 loop_end=43999 ampeg_release=0.5");
        var instrument = new SoundFontInstrument();
        instrument.Load(program);

        var audio = InstrumentProbe.Play(instrument, SoundFontProbe.Rate * 2, SoundFontProbe.Rate, (0, 69, 127, true), (SoundFontProbe.Rate / 2, 69, 0, false));

        var held = InstrumentProbe.Rms(audio, SoundFontProbe.Rate / 4, SoundFontProbe.Rate / 2);
        var fading = InstrumentProbe.Rms(audio, (SoundFontProbe.Rate / 2) + 4800, (SoundFontProbe.Rate / 2) + 9600);
        Assert.InRange(fading / held, 0.01, 0.5);
        Assert.Equal(0, instrument.ActiveVoices);
    }

    [Fact]
    public void A_note_of_a_group_chokes_the_notes_its_group_silences()
    {
        var program = Read("""
            <region> sample=a440.wav key=42 pitch_keycenter=42 group=1 off_by=1 loop_mode=loop_continuous loop_start=0 loop_end=43999
            <region> sample=a880.wav key=46 pitch_keycenter=46 group=1 off_by=1 loop_mode=loop_continuous loop_start=0 loop_end=43999
            """);
        var instrument = new SoundFontInstrument();
        instrument.Load(program);

        var audio = InstrumentProbe.Play(instrument, SoundFontProbe.Rate, SoundFontProbe.Rate, (0, 46, 100, true), (SoundFontProbe.Rate / 4, 42, 100, true));

        Assert.Equal(1, instrument.ActiveVoices);
        Assert.InRange(SoundFontProbe.CentsOff(audio[(SoundFontProbe.Rate / 2)..], 69), -5, 5);
    }

    [Theory]
    [InlineData("// nothing here", "no <region>")]
    [InlineData("<region> sample=missing.wav", "'missing.wav', which is not there")]
    [InlineData("<region> lokey=60", "names no sample")]
    public void A_malformed_sfz_is_refused_with_what_is_wrong(string sfz, string expected)
    {
        var error = Assert.Throws<SoundFontFormatException>(() => Read(sfz));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Playing_allocates_nothing()
    {
        var program = Read("<region> sample=a440.wav pitch_keycenter=69 loop_mode=loop_continuous loop_start=0 loop_end=43999 cutoff=2000 ampeg_release=0.05");
        var instrument = new SoundFontInstrument();
        instrument.Load(program);
        Assert.Equal(0, SoundFontProbe.AllocatedWhilePlaying(instrument, out _));
    }
}
