using Auralis.Audio.Instruments;
using Auralis.Audio.Processing;

namespace Auralis.Audio.Tests.Instruments;

public sealed class SynthLanesTests
{
    // The right channel of the last Play.
    private float[] PlayedRight { get; set; } = [];

    // Every waveform, a waveform change while notes still sound (two shapes in one vector), more notes than one vector
    // holds, releases, and blocks of odd lengths.
    private float[] Play(IInstrument synth, Action<int> changeWaveform)
    {
        synth.Prepare(new AudioSpec(44_100));
        var output = new float[40_000];
        PlayedRight = new float[output.Length];
        var done = 0;
        for (var block = 0; done < output.Length; block++)
        {
            if (block % 7 == 0)
            {
                changeWaveform(block / 7 % 4);
                synth.NoteOn(40 + (block * 5 % 40), 30 + (block * 11 % 97));
            }

            if (block % 5 == 3)
            {
                synth.NoteOff(40 + ((block - 10) * 5 % 40));
            }

            var frames = Math.Min(output.Length - done, 1 + (block * 37 % 128));
            synth.Render(output.AsSpan(done, frames), PlayedRight.AsSpan(done, frames));
            done += frames;
        }

        return output;
    }

    [Fact]
    public void The_subtractive_lanes_equal_the_loop_without_vector_hardware_bit_for_bit()
    {
        var lanes = new SubtractiveSynth(16, vectorLanes: true);
        var scalar = new SubtractiveSynth(16, vectorLanes: false);

        var fast = Play(lanes, shape => lanes.SetNormalized(0, shape / 3f));
        var reference = Play(scalar, shape => scalar.SetNormalized(0, shape / 3f));

        Assert.Contains(reference, s => MathF.Abs(s) > 0.05f);
        Assert.Equal(reference.Select(BitConverter.SingleToInt32Bits), fast.Select(BitConverter.SingleToInt32Bits));
    }

    [Fact]
    public void The_subtractive_lanes_equal_a_per_sample_subtractive_synth_bit_for_bit()
    {
        var lanes = new SubtractiveSynth();
        var reference = new PerSampleSubtractive();

        var fast = Play(lanes, shape => lanes.SetNormalized(0, shape / 3f));
        var expected = Play(reference, shape => reference.SetNormalized(0, shape / 3f));

        Assert.Contains(expected, s => MathF.Abs(s) > 0.05f);
        Assert.Equal(expected.Select(BitConverter.SingleToInt32Bits), fast.Select(BitConverter.SingleToInt32Bits));
    }

    [Fact]
    public void Subtractive_notes_held_into_their_sustain_equal_a_per_sample_subtractive_synth_bit_for_bit()
    {
        var fast = Hold(new SubtractiveSynth());
        var reference = Hold(new PerSampleSubtractive());

        Assert.Contains(reference[^1000..], s => MathF.Abs(s) > 0.05f);
        Assert.Equal(reference.Select(BitConverter.SingleToInt32Bits), fast.Select(BitConverter.SingleToInt32Bits));
    }

    [Fact]
    public void The_fm_vectors_equal_a_per_sample_fm_synth_bit_for_bit()
    {
        var fast = Play(new FmSynth(), _ => { });
        var reference = Play(new PerSampleFm(), _ => { });

        Assert.Contains(reference, s => MathF.Abs(s) > 0.05f);
        Assert.Equal(reference.Select(BitConverter.SingleToInt32Bits), fast.Select(BitConverter.SingleToInt32Bits));
    }

    // Notes that start every 300 blocks and are never released: each reaches its sustain while later ones start.
    private static float[] Hold(IInstrument synth)
    {
        synth.Prepare(new AudioSpec(48_000));
        var output = new float[48_000 * 3];
        var right = new float[128];
        for (int done = 0, block = 0; done < output.Length; block++)
        {
            if (block % 300 == 0)
            {
                synth.NoteOn(48 + (block / 300 * 7), 100);
            }

            var frames = Math.Min(output.Length - done, 1 + (block * 37 % 128));
            synth.Render(output.AsSpan(done, frames), right.AsSpan(0, frames));
            done += frames;
        }

        return output;
    }

    [Fact]
    public void Subtractive_notes_held_into_their_sustain_equal_the_loop_without_vector_hardware_bit_for_bit()
    {
        var fast = Hold(new SubtractiveSynth(16, vectorLanes: true));
        var reference = Hold(new SubtractiveSynth(16, vectorLanes: false));

        Assert.Contains(reference[^1000..], s => MathF.Abs(s) > 0.05f);
        Assert.Equal(reference.Select(BitConverter.SingleToInt32Bits), fast.Select(BitConverter.SingleToInt32Bits));
    }

    // A twelve-note pad, more than one vector of voices, so two groups render side by side in one loop; four notes are
    // released part-way, leaving the second group with voices still sounding and others ending.
    private static float[] Pad(IInstrument synth)
    {
        synth.Prepare(new AudioSpec(48_000));
        var output = new float[48_000 * 2];
        var right = new float[128];
        for (int done = 0, block = 0; done < output.Length; block++)
        {
            if (block < 12)
            {
                synth.NoteOn(36 + (block * 5), 70 + block);
            }

            if (block == 400)
            {
                for (var note = 8; note < 12; note++)
                {
                    synth.NoteOff(36 + (note * 5));
                }
            }

            var frames = Math.Min(output.Length - done, 1 + (block * 37 % 128));
            synth.Render(output.AsSpan(done, frames), right.AsSpan(0, frames));
            done += frames;
            if (block == 12)
            {
                Assert.Equal(12, synth.ActiveVoices);
            }
        }

        return output;
    }

    [Fact]
    public void A_pad_of_two_vectors_of_voices_equals_a_per_sample_subtractive_synth_and_the_scalar_loop_bit_for_bit()
    {
        var fast = Pad(new SubtractiveSynth(16, vectorLanes: true));
        var scalar = Pad(new SubtractiveSynth(16, vectorLanes: false));
        var reference = Pad(new PerSampleSubtractive());

        Assert.Contains(reference[^1000..], s => MathF.Abs(s) > 0.05f);
        Assert.Equal(reference.Select(BitConverter.SingleToInt32Bits), fast.Select(BitConverter.SingleToInt32Bits));
        Assert.Equal(scalar.Select(BitConverter.SingleToInt32Bits), fast.Select(BitConverter.SingleToInt32Bits));
    }

    [Fact]
    public void Fm_notes_held_into_their_sustain_equal_a_per_sample_fm_synth_bit_for_bit()
    {
        var fast = Hold(new FmSynth());
        var reference = Hold(new PerSampleFm());

        Assert.Contains(reference[^1000..], s => MathF.Abs(s) > 0.05f);
        Assert.Equal(reference.Select(BitConverter.SingleToInt32Bits), fast.Select(BitConverter.SingleToInt32Bits));
    }

    [Fact]
    public void The_samplers_vector_pass_equals_a_per_sample_sampler_bit_for_bit()
    {
        // Plucks restruck before they end, released mid-ramp, and played to the sample's end.
        var fast = Play(new SamplerInstrument(), _ => { });
        var reference = Play(new PerSampleSampler(), _ => { });

        Assert.Contains(reference, s => MathF.Abs(s) > 0.05f);
        Assert.Equal(reference.Select(BitConverter.SingleToInt32Bits), fast.Select(BitConverter.SingleToInt32Bits));
    }

    [Fact]
    public void The_samplers_stereo_loop_equals_a_per_sample_sampler_in_both_channels_bit_for_bit()
    {
        // Two different plucks, one a channel, so a right channel taken from the left would show.
        var stereo = new SampleData([SampleData.Pluck(seed: 1).Channels[0], SampleData.Pluck(seed: 2).Channels[0]], 48_000, 57);
        var (fastLeft, fastRight) = (Play(new SamplerInstrument(stereo), _ => { }), PlayedRight);
        var (referenceLeft, referenceRight) = (Play(new PerSampleSampler(stereo), _ => { }), PlayedRight);

        Assert.Contains(referenceRight, s => MathF.Abs(s) > 0.05f);
        Assert.NotEqual(referenceLeft, referenceRight);
        Assert.Equal(referenceLeft.Select(BitConverter.SingleToInt32Bits), fastLeft.Select(BitConverter.SingleToInt32Bits));
        Assert.Equal(referenceRight.Select(BitConverter.SingleToInt32Bits), fastRight.Select(BitConverter.SingleToInt32Bits));
    }
}
