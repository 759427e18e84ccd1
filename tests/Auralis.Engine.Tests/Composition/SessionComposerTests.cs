using Auralis.Engine.Composition;
using Auralis.Engine.Sessions;
using Auralis.Engine.Tests.TestSupport;
using static Auralis.Engine.Sessions.SessionEvents;

namespace Auralis.Engine.Tests.Composition;

public sealed class SessionComposerTests
{
    private static List<ComposedStep> Compose(SessionScript script, int steps)
    {
        var composer = new SessionComposer(script.Created);
        foreach (var input in script.Events.OfType<ITimedInput>())
        {
            composer.Schedule(input);
        }

        return Enumerable.Range(0, steps).Select(_ => composer.ComposeStep()).ToList();
    }

    private static IEnumerable<PlayedNote> Notes(IEnumerable<ComposedStep> steps) => steps.SelectMany(s => s.Notes);

    [Fact]
    public void Every_voice_plays_and_notes_start_inside_their_step()
    {
        var steps = Compose(new SessionScript(), 64);

        Assert.Equal(["alto", "bass", "perc", "soprano"], Notes(steps).Select(n => n.Voice).Distinct().Order());
        foreach (var step in steps)
        {
            Assert.All(step.Notes, n => Assert.InRange(n.Note.Tick, step.Span.Tick, step.Span.Tick + step.Span.TickCount - 1));
            Assert.All(step.Notes, n => Assert.InRange(n.Frame, step.Span.FirstFrame, step.Span.EndFrame - 1));
        }
    }

    [Fact]
    public void The_same_seed_and_inputs_compose_the_same_music_and_another_seed_differs()
    {
        SessionScript Script(ulong seed) => new SessionScript(seed).Set(8, "bpm", ParameterValue.Of(132)).Set(20, "intensity", ParameterValue.Of(0.9));

        var first = Notes(Compose(Script(7), 96)).ToList();

        Assert.Equal(first, Notes(Compose(Script(7), 96)));
        Assert.NotEqual(first, Notes(Compose(Script(8), 96)));
    }

    [Fact]
    public void An_input_takes_effect_exactly_at_its_step()
    {
        var steps = Compose(new SessionScript().Set(10, "bpm", ParameterValue.Of(60)), 12);

        Assert.Equal(30_000, steps[9].Span.FrameCount);
        Assert.Equal(48_000, steps[10].Span.FrameCount);
    }

    [Fact]
    public void A_stopped_transport_keeps_time_but_plays_nothing()
    {
        var steps = Compose(new SessionScript().Transport(4, TransportCommand.Stop).Transport(12, TransportCommand.Play), 20);

        Assert.All(steps.Skip(4).Take(8), s => Assert.Empty(s.Notes));
        Assert.All(steps.Skip(4).Take(8), s => Assert.Null(s.Move));
        Assert.Equal(4 * 480, steps[12].Span.Tick);
        Assert.NotEmpty(steps.Skip(12).SelectMany(s => s.Notes));
    }

    [Fact]
    public void The_harmony_moves_phrase_by_phrase_and_each_phrase_ends_on_a_cadence()
    {
        var steps = Compose(new SessionScript(3, ("regime", ParameterValue.Of("bull"))), 64);

        var phraseEnds = steps.Where(s => s.Position.Bar % 4 == 3 && s.Position.Beat == 3).Select(s => s.Degree).ToArray();
        Assert.Equal(4, phraseEnds.Length);
        Assert.All(phraseEnds, degree => Assert.Contains(degree, new[] { "I", "V" }));
        Assert.True(steps.Select(s => s.Degree).Distinct().Count() >= 3);
        Assert.True(steps.Count(s => s.ChordChanged) >= 8);
    }

    [Fact]
    public void A_loop_wraps_the_music_and_the_chords_come_round_again()
    {
        var steps = Compose(new SessionScript(5, ("regime", ParameterValue.Of("bull"))).Transport(0, TransportCommand.Loop, start: 0, end: 1920 * 2), 24);

        Assert.All(steps, s => Assert.InRange(s.Span.Tick, 0, (1920 * 2) - 1));
        Assert.Equal(steps[0].Chord, steps[8].Chord);
        Assert.Equal(steps[4].Chord, steps[12].Chord);
    }

    [Fact]
    public void Mix_changes_become_renderer_events_at_the_steps_first_frame()
    {
        var composer = new SessionComposer(new SessionScript().Created);
        composer.Schedule(new SessionScript().Set(3, "soprano.gain", ParameterValue.Of(0.2)).Set(3, "volume", ParameterValue.Of(0.5)).Events.OfType<ITimedInput>().First());
        var steps = Enumerable.Range(0, 5).Select(_ => composer.ComposeStep()).ToList();

        var mix = Assert.Single(steps[3].MixEvents);
        Assert.Equal(steps[3].Span.FirstFrame, mix.Frame);
        Assert.Equal(0.2f, mix.Value, 5);
        Assert.Contains(composer.InitialMix, e => e.Kind == Audio.Rendering.RenderEventKind.MasterVolume && Math.Abs(e.Value - 1f) < 1e-6);
    }

    [Fact]
    public void Outside_prices_drive_the_external_ticker()
    {
        var steps = Compose(new SessionScript(1, ("source", ParameterValue.Of("external"))).Price(2, 100).Price(5, 103), 8);

        Assert.Equal(100, steps[2].Move!.Value.Price);
        Assert.Equal(3, steps[5].Move!.Value.ChangePercent, 6);
        Assert.Equal(0, steps[6].Move!.Value.ChangePercent, 6);
    }
}
