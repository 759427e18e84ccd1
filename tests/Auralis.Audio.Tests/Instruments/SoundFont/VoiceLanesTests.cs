using Auralis.Audio.Instruments;
using Auralis.Audio.Instruments.SoundFont;
using Auralis.Music.Randomness;

namespace Auralis.Audio.Tests.Instruments.SoundFont;

public sealed class VoiceLanesTests
{
    private const int Rate = 48_000;

    // A second of noise at 32 kHz with guard frames, looped over its second half: every voice reads different frames.
    private static readonly float[] Noise = MakeNoise();

    private static float[] MakeNoise()
    {
        var random = new SeededRandom(17);
        var data = new float[32_000 + (2 * SampledZone.Guard)];
        for (var i = SampledZone.Guard; i < data.Length - SampledZone.Guard; i++)
        {
            data[i] = (random.NextSingle() * 2f) - 1f;
        }

        return data;
    }

    private static SampledZone Zone(int index) => new()
    {
        Data = Noise,
        Start = SampledZone.Guard + (index * 97),
        End = Noise.Length - SampledZone.Guard,
        LoopStart = 16_000,
        LoopEnd = Noise.Length - SampledZone.Guard,
        Loop = (ZoneLoop)(index % 3),
        SampleRate = 32_000,
        RootKey = 60 + (index % 5),
        Pan = ((index % 5) - 2) / 2f,
        Gain = 0.5f,
        CutoffHertz = index % 4 == 0 ? 0 : 500 + (index * 300),
        ResonanceDecibels = index % 3 * 4,
        Envelope = VolumeEnvelopeShape.Default with { DelaySeconds = index % 7 == 0 ? 0.004 : 0, AttackSeconds = 0.01, ReleaseSeconds = 0.02 + (index * 0.01) },
    };

    // The plain scalar loop, voice after voice: the reference the side-by-side lanes must agree with.
    private static void RenderAlone(ref SampledVoice voice, Span<float> left, Span<float> right)
    {
        var frames = left.Length;
        var dry = new float[frames];
        var first = voice.BeginBlock(frames, out var level, out var ramp);
        voice.Read(dry, first, frames);
        level -= ramp * first;
        ref var filter = ref voice.Filter;
        for (var i = 0; i < frames; i++)
        {
            var output = (filter.B0 * dry[i]) + filter.Z1;
            filter.Z1 = ((filter.B1 * dry[i]) + filter.Z2) - (filter.A1 * output);
            filter.Z2 = (filter.B2 * dry[i]) - (filter.A2 * output);
            level += ramp;
            left[i] += output * level * voice.GainLeft;
            right[i] += output * level * voice.GainRight;
        }

        voice.EndBlock();
    }

    [Fact]
    public void Voices_rendered_side_by_side_sound_as_the_scalar_loop_renders_them_one_by_one()
    {
        var lanes = new SampledVoice[40];
        for (var v = 0; v < lanes.Length; v++)
        {
            lanes[v].Start(Zone(v), 48 + v, 40 + (2 * v), v + 1, Rate);
        }

        var alone = (SampledVoice[])lanes.Clone();
        var scratch = new float[128 * VoiceLanes.Width];
        int[] sizes = [128, 37, 1, 64, 128, 3];
        var (heard, block) = (0.0, 0);
        for (var frame = 0; frame < Rate; frame += sizes[block++ % sizes.Length])
        {
            var frames = sizes[block % sizes.Length];
            var (left, right, expectedLeft, expectedRight) = (new float[frames], new float[frames], new float[frames], new float[frames]);
            var members = Enumerable.Range(0, lanes.Length).Where(v => lanes[v].Active).ToArray();
            foreach (var group in members.Chunk(VoiceLanes.Width))
            {
                VoiceLanes.Render(lanes, group, scratch, left, right);
            }

            foreach (var v in members)
            {
                RenderAlone(ref alone[v], expectedLeft, expectedRight);
            }

            if (block == 100)
            {
                for (var v = 0; v < lanes.Length; v += 2)
                {
                    lanes[v].Release();
                    alone[v].Release();
                }
            }

            Assert.Equal(alone.Select(v => v.Active), lanes.Select(v => v.Active));
            for (var i = 0; i < frames; i++)
            {
                Assert.Equal(expectedLeft[i], left[i], 1e-5f);
                Assert.Equal(expectedRight[i], right[i], 1e-5f);
                heard = Math.Max(heard, Math.Abs(expectedLeft[i]));
            }
        }

        Assert.True(heard > 0.1, $"the voices were barely heard: peak {heard}");
        Assert.Contains(lanes, v => !v.Active);
        Assert.Contains(lanes, v => v.Active);
    }

    [Fact]
    public void Eight_frames_read_at_once_are_the_plain_loops_values_to_the_bit()
    {
        // Where the CPU has no AVX and FMA both reads are the plain loop's, and this compares it with itself.
        var supported = SampledVoice.EightAtOnce;
        for (var zone = 0; zone < 6; zone++)
        {
            var (fast, plain) = (new SampledVoice(), new SampledVoice());
            fast.Start(Zone(zone), 30 + (zone * 9), 100, 1, Rate);
            plain.Start(Zone(zone), 30 + (zone * 9), 100, 1, Rate);
            var (fastFrames, plainFrames) = (new float[Rate], new float[Rate]);
            for (var (start, block) = (0, 0); start < Rate; start += 128 - (block++ % 2 * 91))
            {
                var frames = Math.Min(Rate - start, 128 - (block % 2 * 91));
                try
                {
                    SampledVoice.EightAtOnce = supported;
                    fast.Read(fastFrames.AsSpan(start, frames), 0, frames);
                    SampledVoice.EightAtOnce = false;
                    plain.Read(plainFrames.AsSpan(start, frames), 0, frames);
                }
                finally
                {
                    SampledVoice.EightAtOnce = supported;
                }
            }

            Assert.Equal(plainFrames, fastFrames);
            Assert.Contains(plainFrames, f => f != 0);
        }
    }
}
