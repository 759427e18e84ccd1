using Auralis.Audio.Processing;
using Auralis.Audio.Rendering;
using Auralis.Audio.Streaming;
using Auralis.Engine.Agents.Sample;
using Auralis.Engine.Composition;
using Auralis.Engine.Replay;
using Auralis.Engine.Sessions;
using Auralis.Engine.Synthesis;
using Auralis.Engine.Tests.TestSupport;

namespace Auralis.Engine.Tests.Synthesis;

public sealed class RenderThreadTests
{
    private const int Frames = 48_000 * 8;

    private static SessionScript Script() => new SessionScript(21, ("intensity", ParameterValue.Of(0.8)))
        .Set(5, "bpm", ParameterValue.Of(150))
        .Set(7, "bass.instrument", ParameterValue.Of("sampler"))
        .Transport(10, TransportCommand.Stop)
        .Transport(12, TransportCommand.Play)
        .Set(13, "mode", ParameterValue.Of("dorian"));

    [Fact]
    public void Audio_rendered_live_on_the_render_thread_equals_the_replay_bit_for_bit()
    {
        var replayed = new AudioCapture();
        SessionReplayer.Replay(Script().Events, new ReplayLength(Seconds: Frames / 48_000.0), replayed);

        var live = RenderLive(Script(), lookAheadFrames: 24_000);

        Assert.Equal(Frames * 2, live.Length);
        Assert.Equal(replayed.Samples.Take(Frames * 2).Select(BitConverter.SingleToInt32Bits), live.Select(BitConverter.SingleToInt32Bits));
    }

    [Fact]
    public void The_render_thread_waits_for_material_instead_of_inventing_silence()
    {
        var spec = AudioSpec.Session;
        var composer = new SessionComposer(Script().Created);
        var ring = new AudioRingBuffer(1 << 16);
        using var thread = new RenderThread(new SessionRenderer(spec, StepEvents.InitialInstruments(composer, SampleShelf.Empty)), ring, FreeRunningPacer.Instance, "waits");
        thread.Start();

        thread.TryPost(RenderCommand.ComposedUpTo(1280));
        thread.Wake();
        SpinWait.SpinUntil(() => thread.RenderedFrames >= 1280, TimeSpan.FromSeconds(10));
        Thread.Sleep(50);

        Assert.Equal(1280, thread.RenderedFrames);
        Assert.True(thread.Starvations >= 1);
    }

    private static float[] RenderLive(SessionScript script, long lookAheadFrames)
    {
        var spec = AudioSpec.Session;
        var composer = new SessionComposer(script.Created);
        foreach (var input in script.Events.OfType<ITimedInput>())
        {
            composer.Schedule(input);
        }

        var ring = new AudioRingBuffer(1 << 20);
        var reader = ring.OpenReader(0);
        using var thread = new RenderThread(new SessionRenderer(spec, StepEvents.InitialInstruments(composer, SampleShelf.Empty)), ring, FreeRunningPacer.Instance, "live");
        foreach (var mix in composer.InitialMix)
        {
            thread.TryPost(RenderCommand.Schedule(mix));
        }

        thread.Start();
        var received = new List<float>();
        var buffer = new float[4096];
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (received.Count < Frames * 2 && DateTime.UtcNow < deadline)
        {
            // The control plane's job: keep composed material a look-ahead past what the thread has rendered.
            var posted = false;
            while (composer.Next.FirstFrame < thread.RenderedFrames + lookAheadFrames + 128)
            {
                var step = composer.ComposeStep(out var swaps);
                foreach (var renderEvent in StepEvents.For(step, swaps, spec, composer.Seed, SampleShelf.Empty))
                {
                    while (!thread.TryPost(RenderCommand.Schedule(renderEvent)))
                    {
                        Thread.Yield();
                    }
                }

                thread.TryPost(RenderCommand.ComposedUpTo(composer.Next.FirstFrame));
                posted = true;
            }

            if (posted)
            {
                thread.Wake();
            }

            var count = reader.Read(buffer, out _);
            received.AddRange(buffer.AsSpan(0, count * 2).ToArray());
            if (count == 0)
            {
                Thread.Sleep(1);
            }
        }

        Assert.Equal(0, reader.LostFrames);
        return [.. received.Take(Frames * 2)];
    }
}
