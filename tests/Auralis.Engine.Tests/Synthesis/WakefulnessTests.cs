using System.Diagnostics;
using Auralis.Engine.Synthesis;
using Auralis.Engine.Timeline;

namespace Auralis.Engine.Tests.Synthesis;

public sealed class WakefulnessTests
{
    private const long Tail = 48_000;
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(60);
    private static readonly long Second = Stopwatch.Frequency;

    private static StepSpan Step(long first, bool playing) => new(first / 24_000, first, 24_000, 0, playing ? 480 : 0, 0.5);

    [Fact]
    public void A_session_created_stopped_may_render_nothing()
    {
        var wakefulness = new Wakefulness(Tail, Grace, startFrame: 0, now: 0);
        wakefulness.Composed(Step(0, playing: false));
        wakefulness.Composed(Step(24_000, playing: false));

        Assert.Equal(0, wakefulness.Limit(listeners: 1, now: Second));
    }

    [Fact]
    public void A_stopped_session_renders_a_tail_past_its_last_playing_step_and_no_further()
    {
        var wakefulness = new Wakefulness(Tail, Grace, startFrame: 0, now: 0);
        wakefulness.Composed(Step(0, playing: true));
        wakefulness.Composed(Step(24_000, playing: true));
        wakefulness.Composed(Step(48_000, playing: false));
        wakefulness.Composed(Step(72_000, playing: false));

        Assert.Equal(48_000 + Tail, wakefulness.Limit(listeners: 1, now: Second));
    }

    [Fact]
    public void A_playing_session_nobody_listens_to_sleeps_once_the_grace_period_has_passed()
    {
        var wakefulness = new Wakefulness(Tail, Grace, startFrame: 0, now: 0);
        wakefulness.Composed(Step(0, playing: true));
        var listened = wakefulness.Limit(listeners: 1, now: 10 * Second);

        var withinGrace = wakefulness.Limit(listeners: 0, now: 69 * Second);
        var afterGrace = wakefulness.Limit(listeners: 0, now: 71 * Second);
        var listenerBack = wakefulness.Limit(listeners: 1, now: 500 * Second);

        Assert.Equal(24_000 + Tail, listened);
        Assert.Equal(listened, withinGrace);
        Assert.Equal(0, afterGrace);
        Assert.Equal(listened, listenerBack);
    }

    [Fact]
    public void An_input_is_rendered_with_a_tail_even_when_nobody_listens()
    {
        var wakefulness = new Wakefulness(Tail, TimeSpan.Zero, startFrame: 0, now: 0);
        wakefulness.Composed(Step(0, playing: true));
        Assert.Equal(0, wakefulness.Limit(listeners: 0, now: Second));

        wakefulness.InputAccepted(composedUntil: 24_000);

        Assert.Equal(24_000 + Tail, wakefulness.Limit(listeners: 0, now: 2 * Second));
    }
}
