using Auralis.Audio.Instruments;
using Auralis.Audio.Processing;
using Auralis.Audio.Rendering;

namespace Auralis.Audio.Tests.Rendering;

public sealed class FullMixTests
{
    // All four real instruments through delay, reverb and limiter: held chords, plucks and drums, as a session plays.
    private static SessionRenderer Mix()
    {
        var renderer = new SessionRenderer(AudioSpec.Session, [new SubtractiveSynth(), new FmSynth(), new SamplerInstrument(), new DrumKitInstrument()]);
        for (var i = 0; i < 8; i++)
        {
            renderer.Schedule(RenderEvent.NoteOn(i * 11, 0, 48 + (i * 3), 90));
            renderer.Schedule(RenderEvent.NoteOn(i * 13, 1, 60 + (i * 3), 85));
        }

        return renderer;
    }

    private static void Play(SessionRenderer renderer, float[] block, int blocks)
    {
        for (var b = 0; b < blocks; b++)
        {
            if (b % 20 == 0)
            {
                renderer.Schedule(RenderEvent.NoteOff(renderer.Frame + 5, 2, 57 + (b % 7)));
                renderer.Schedule(RenderEvent.NoteOn(renderer.Frame + 6, 2, 57 + ((b + 20) % 7), 100));
                renderer.Schedule(RenderEvent.NoteOn(renderer.Frame + 40, 3, 36 + (b % 11), 110));
            }

            renderer.Render(block);
        }
    }

    [Fact]
    public void The_full_mix_renders_the_same_bits_every_time()
    {
        float[] Render()
        {
            var renderer = Mix();
            var output = new List<float>();
            var block = new float[256];
            for (var b = 0; b < 400; b++)
            {
                Play(renderer, block, 1);
                output.AddRange(block);
            }

            return [.. output];
        }

        var first = Render();
        var second = Render();

        Assert.Contains(first, s => MathF.Abs(s) > 0.05f);
        Assert.Equal(first.Select(BitConverter.SingleToInt32Bits), second.Select(BitConverter.SingleToInt32Bits));
    }

    [Fact]
    public void The_full_mix_allocates_nothing_in_steady_state()
    {
        var renderer = Mix();
        var block = new float[256];
        SteadyState.WarmUp(() => Play(renderer, block, 200));

        var before = GC.GetAllocatedBytesForCurrentThread();
        Play(renderer, block, 500);

        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
    }
}
