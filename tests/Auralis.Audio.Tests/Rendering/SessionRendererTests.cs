using Auralis.Audio.Instruments;
using Auralis.Audio.Processing;
using Auralis.Audio.Rendering;

namespace Auralis.Audio.Tests.Rendering;

public sealed class SessionRendererTests
{
    private static SessionRenderer DryRenderer(params IInstrument[] instruments)
    {
        var renderer = new SessionRenderer(AudioSpec.Session, instruments);
        renderer.Master.Mastering = false;
        for (var channel = 0; channel < instruments.Length; channel++)
        {
            renderer.Schedule(RenderEvent.Set(0, RenderEventKind.ReverbSend, channel, 0));
            renderer.Schedule(RenderEvent.Set(0, RenderEventKind.DelaySend, channel, 0));
            renderer.Schedule(RenderEvent.Set(0, RenderEventKind.ChannelGain, channel, 1));
            renderer.Schedule(RenderEvent.Set(0, RenderEventKind.ChannelPan, channel, -1));
        }

        renderer.Schedule(RenderEvent.Set(0, RenderEventKind.MasterVolume, -1, 1));
        return renderer;
    }

    private static float[] Left(CapturingSink sink) => sink.Samples.Where((_, i) => i % 2 == 0).ToArray();

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(127)]
    [InlineData(128)]
    [InlineData(1000)]
    [InlineData(4321)]
    public void A_note_stamped_at_frame_n_starts_at_frame_n_and_stops_at_its_off_frame(int frame)
    {
        var renderer = DryRenderer(new GateInstrument());
        var sink = new CapturingSink();
        renderer.Schedule(RenderEvent.NoteOn(frame, 0, 60, 100));
        renderer.Schedule(RenderEvent.NoteOff(frame + 300, 0, 60));

        new RenderLoop(renderer, FreeRunningPacer.Instance, sink).RenderUntil(frame + 1000);

        var left = Left(sink);
        Assert.Equal(frame, Array.FindIndex(left, s => s != 0));
        Assert.Equal(frame + 300, Array.FindLastIndex(left, s => s != 0) + 1);
        Assert.Equal(0.25f, left[frame], 5);
    }

    [Fact]
    public void Blocks_carry_contiguous_first_frames()
    {
        var renderer = DryRenderer(new SineInstrument());
        var sink = new CapturingSink();

        new RenderLoop(renderer, FreeRunningPacer.Instance, sink).RenderUntil(128 * 10);

        Assert.Equal(Enumerable.Range(0, 10).Select(i => i * 128L), sink.FirstFrames);
    }

    [Fact]
    public void The_same_events_give_the_same_samples_with_either_pacer()
    {
        float[] Render(IPacer pacer)
        {
            var renderer = new SessionRenderer(AudioSpec.Session, [new SineInstrument(), new SineInstrument()]);
            for (var i = 0; i < 40; i++)
            {
                renderer.Schedule(RenderEvent.NoteOn(i * 777, i % 2, 48 + (i * 5 % 24), 60 + i));
                renderer.Schedule(RenderEvent.NoteOff((i * 777) + 5000, i % 2, 48 + (i * 5 % 24)));
            }

            renderer.Schedule(RenderEvent.Set(9000, RenderEventKind.ChannelPan, 1, 0.7f));
            var sink = new CapturingSink();
            new RenderLoop(renderer, pacer, sink).RenderUntil(36_000);
            return [.. sink.Samples];
        }

        var free = Render(FreeRunningPacer.Instance);
        var paced = Render(new RealTimePacer(48_000, TimeSpan.FromSeconds(10)));

        Assert.Equal(free, paced);
        Assert.Contains(free, s => MathF.Abs(s) > 0.01f);
    }

    [Fact]
    public void A_failing_instrument_is_replaced_by_a_sine_and_the_stream_goes_on()
    {
        var renderer = DryRenderer(new FailingInstrument(blocksBeforeFailure: 3));
        var sink = new CapturingSink();
        var loop = new RenderLoop(renderer, FreeRunningPacer.Instance, sink);
        loop.RenderUntil(128 * 5);

        var fault = renderer.TakeFault();
        renderer.Schedule(RenderEvent.NoteOn(renderer.Frame, 0, 69, 120));
        loop.RenderUntil(128 * 30);

        Assert.NotNull(fault);
        Assert.Equal("failing", fault.Failed);
        Assert.Equal("sine", fault.Replacement);
        Assert.Equal("sine", renderer.InstrumentOf(0).Name);
        Assert.Equal(30, sink.FirstFrames.Count);
        Assert.Contains(Left(sink).Skip(128 * 6), s => MathF.Abs(s) > 0.05f);
        Assert.Null(renderer.TakeFault());
    }

    [Fact]
    public void Events_for_a_channel_that_does_not_exist_are_counted_not_thrown()
    {
        var renderer = DryRenderer(new GateInstrument());

        renderer.Schedule(RenderEvent.NoteOn(0, 7, 60, 100));
        renderer.Render(new float[256]);

        Assert.Equal(1, renderer.DroppedEvents);
    }

    [Fact]
    public void Rendering_allocates_nothing_in_steady_state()
    {
        var renderer = new SessionRenderer(AudioSpec.Session, [new SineInstrument(), new GateInstrument()]);
        var block = new float[256];
        void Blocks(int count)
        {
            for (var i = 0; i < count; i++)
            {
                renderer.Schedule(RenderEvent.NoteOn(renderer.Frame + 17, i % 2, 60 + (i % 12), 90));
                renderer.Schedule(RenderEvent.NoteOff(renderer.Frame + 100, i % 2, 60 + (i % 12)));
                renderer.Render(block);
            }
        }

        SteadyState.WarmUp(() => Blocks(200));
        var before = GC.GetAllocatedBytesForCurrentThread();
        Blocks(500);

        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
    }
}
