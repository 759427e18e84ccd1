using Auralis.Engine.Timeline;
using Auralis.Music.Time;

namespace Auralis.Engine.Tests.Timeline;

public sealed class SessionTimelineTests
{
    [Fact]
    public void Steps_at_120_bpm_last_half_a_second_and_lie_end_to_end()
    {
        var timeline = new SessionTimeline(120, TimeSignature.CommonTime, playing: true);
        long expectedFirst = 0;

        for (var i = 0; i < 16; i++)
        {
            var step = timeline.Current;
            Assert.Equal(i, step.Step);
            Assert.Equal(expectedFirst, step.FirstFrame);
            Assert.Equal(24_000, step.FrameCount);
            Assert.Equal(i * 480L, step.Tick);
            expectedFirst = step.EndFrame;
            timeline.Advance();
        }
    }

    [Fact]
    public void An_awkward_tempo_does_not_drift_over_an_hour()
    {
        var timeline = new SessionTimeline(97.3, TimeSignature.CommonTime, playing: true);
        var steps = 0;
        long previousEnd = 0;

        while (timeline.Current.FirstFrame < 3600L * SessionTimeline.SampleRate)
        {
            Assert.Equal(previousEnd, timeline.Current.FirstFrame);
            previousEnd = timeline.Current.EndFrame;
            timeline.Advance();
            steps++;
        }

        var exactFrames = steps * (SessionTimeline.SampleRate * 60.0 / 97.3);
        Assert.InRange(timeline.Current.FirstFrame - exactFrames, -1, 1);
    }

    [Fact]
    public void A_stopped_transport_keeps_time_but_holds_the_music()
    {
        var timeline = new SessionTimeline(120, TimeSignature.CommonTime, playing: true);
        timeline.Advance();
        timeline.Stop();

        var held = timeline.Current;
        timeline.Advance();

        Assert.False(held.Playing);
        Assert.Equal(480, timeline.Current.Tick);
        Assert.Equal(held.EndFrame, timeline.Current.FirstFrame);
        timeline.Play();
        timeline.Advance();
        Assert.Equal(960, timeline.Current.Tick);
    }

    [Fact]
    public void A_loop_wraps_the_tick_back_to_its_start()
    {
        var timeline = new SessionTimeline(120, TimeSignature.CommonTime, playing: true);
        timeline.Loop(1920, 3840);
        var ticks = new List<long>();

        for (var i = 0; i < 12; i++)
        {
            ticks.Add(timeline.Current.Tick);
            timeline.Advance();
        }

        Assert.Equal([0L, 480, 960, 1440, 1920, 2400, 2880, 3360, 1920, 2400, 2880, 3360], ticks);
    }

    [Fact]
    public void A_tempo_change_changes_the_length_of_the_following_steps_only()
    {
        var timeline = new SessionTimeline(120, TimeSignature.CommonTime, playing: true);
        timeline.Advance();
        timeline.SetTempo(60);

        Assert.Equal(24_000, timeline.Current.FirstFrame);
        Assert.Equal(48_000, timeline.Current.FrameCount);
        Assert.Equal(timeline.Current.FirstFrame + 24_000, timeline.Current.FrameOf(timeline.Current.Tick + 240));
    }

    [Fact]
    public void Eighth_note_metres_step_by_eighths_and_a_new_metre_starts_on_a_bar_line()
    {
        var timeline = new SessionTimeline(120, TimeSignature.Parse("7/8"), playing: true);
        Assert.Equal(240, timeline.Current.TickCount);
        Assert.Equal(12_000, timeline.Current.FrameCount);

        timeline.Advance();
        timeline.SetTimeSignature(TimeSignature.CommonTime);

        Assert.Equal(0, timeline.Current.Tick % 1920);
        Assert.True(timeline.Current.Tick >= 1680);
        Assert.Equal(0, timeline.Position.Beat);
    }

    [Fact]
    public void A_restored_timeline_continues_exactly()
    {
        var timeline = new SessionTimeline(101.7, TimeSignature.Parse("3/4"), playing: true);
        timeline.Loop(0, 2880);
        for (var i = 0; i < 37; i++)
        {
            timeline.Advance();
        }

        var restored = new SessionTimeline(timeline.State);

        for (var i = 0; i < 50; i++)
        {
            Assert.Equal(timeline.Current, restored.Current);
            timeline.Advance();
            restored.Advance();
        }
    }

    [Fact]
    public void Bad_tempi_and_loops_are_refused()
    {
        var timeline = new SessionTimeline(120, TimeSignature.CommonTime, playing: false);

        Assert.Throws<ArgumentOutOfRangeException>(() => timeline.SetTempo(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => timeline.Loop(960, 960));
        Assert.Throws<ArgumentOutOfRangeException>(() => timeline.Seek(-1));
    }
}
