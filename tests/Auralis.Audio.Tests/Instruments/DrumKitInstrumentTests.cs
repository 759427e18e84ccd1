using Auralis.Audio.Instruments;
using Auralis.Audio.Processing;

namespace Auralis.Audio.Tests.Instruments;

public sealed class DrumKitInstrumentTests
{
    private static float[] Hit(int pitch, int velocity = 120, ulong seed = 1) =>
        InstrumentProbe.Play(new DrumKitInstrument(seed), 60_000, 48_000, (0, pitch, velocity, true));

    private static double CrossingsPerSecond(float[] samples, int from, int to) =>
        Enumerable.Range(from + 1, to - from - 1).Count(i => Math.Sign(samples[i - 1]) != Math.Sign(samples[i])) * 48_000.0 / (to - from);

    [Fact]
    public void The_kick_is_low_and_the_hats_are_high()
    {
        var kick = CrossingsPerSecond(Hit(36), 2400, 9600);
        var hat = CrossingsPerSecond(Hit(42), 0, 2400);

        Assert.InRange(kick, 60, 250);
        Assert.True(hat > 8000, $"{hat}");
    }

    [Fact]
    public void Every_drum_decays_to_silence()
    {
        foreach (var pitch in new[] { 36, 38, 39, 42, 46 })
        {
            var hit = Hit(pitch);
            Assert.True(InstrumentProbe.Rms(hit, 0, 2400) > 0.01, $"pitch {pitch} is silent");
            Assert.Equal(0, hit.Skip(54_000).Max(MathF.Abs));
            var lastSound = Array.FindLastIndex(hit, s => s != 0);
            Assert.True(InstrumentProbe.Rms(hit, lastSound - 480, lastSound) < InstrumentProbe.Rms(hit, 0, 2400) / 300, $"pitch {pitch} stops with a click");
        }
    }

    [Fact]
    public void A_closed_hat_chokes_an_open_hat()
    {
        var kit = new DrumKitInstrument();

        var output = InstrumentProbe.Play(kit, 24_000, 48_000, (0, 46, 120, true), (4800, 42, 120, true));
        var open = InstrumentProbe.Play(new DrumKitInstrument(), 24_000, 48_000, (0, 46, 120, true));

        Assert.True(InstrumentProbe.Rms(output, 12_000, 20_000) < InstrumentProbe.Rms(open, 12_000, 20_000) / 10);
    }

    [Fact]
    public void Velocity_scales_the_hit_and_the_same_seed_repeats_it()
    {
        Assert.Equal(Hit(38, seed: 5), Hit(38, seed: 5));
        Assert.NotEqual(Hit(38, seed: 5), Hit(38, seed: 6));
        Assert.Equal(0.5, InstrumentProbe.Rms(Hit(36, 60), 0, 4800) / InstrumentProbe.Rms(Hit(36, 120), 0, 4800), 2);
    }

    // A hit every 40 blocks, at changing velocities, in whole blocks and in blocks that leave a tail after the vectors.
    private static float[] PlayRepeatedly(IInstrument kit, int pitch)
    {
        kit.Prepare(new AudioSpec(44_100));
        var output = new float[60_000];
        var right = new float[128];
        var done = 0;
        for (var block = 0; done < output.Length; block++)
        {
            if (block % 40 == 0)
            {
                kit.NoteOn(pitch, 60 + (block % 60));
            }

            var frames = Math.Min(output.Length - done, block % 3 == 0 ? 128 : 1 + (block * 37 % 128));
            kit.Render(output.AsSpan(done, frames), right.AsSpan(0, frames));
            done += frames;
        }

        return output;
    }

    [Theory]
    [InlineData(36)]
    [InlineData(38)]
    public void The_kick_and_the_snare_equal_a_per_sample_kit_bit_for_bit(int pitch)
    {
        var fast = PlayRepeatedly(new DrumKitInstrument(0x0D5), pitch);
        var reference = PlayRepeatedly(new PerSampleDrums(0x0D5), pitch);

        Assert.Contains(reference, s => MathF.Abs(s) > 0.1f);
        Assert.Equal(reference.Select(BitConverter.SingleToInt32Bits), fast.Select(BitConverter.SingleToInt32Bits));
    }

    [Theory]
    [InlineData(36)]
    [InlineData(38)]
    [InlineData(39)]
    [InlineData(42)]
    [InlineData(46)]
    public void Every_drums_vector_loops_equal_its_loops_without_vector_hardware_bit_for_bit(int pitch)
    {
        var fast = PlayRepeatedly(new DrumKitInstrument(0x0D5, vectors: true), pitch);
        var reference = PlayRepeatedly(new DrumKitInstrument(0x0D5, vectors: false), pitch);

        Assert.Contains(reference, s => MathF.Abs(s) > 0.1f);
        Assert.Equal(reference.Select(BitConverter.SingleToInt32Bits), fast.Select(BitConverter.SingleToInt32Bits));
    }
}
