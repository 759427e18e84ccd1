using Akka.Actor;
using Auralis.Engine.Composition;
using Auralis.Engine.Persistence;
using Auralis.Engine.Sessions;
using Auralis.Engine.Tests.TestSupport;
using static Auralis.Engine.Sessions.SessionEvents;

namespace Auralis.Engine.Tests.Composition;

/// <summary>
/// The composer's checkpoint misses nothing: a pipeline restored from it (through the snapshot's JSON) composes every later
/// step exactly as the pipeline that never stopped, whatever state the music was in when it was taken.
/// </summary>
public sealed class ComposerCheckpointTests : IDisposable
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);
    private readonly ActorSystem _system = ActorSystem.Create("checkpoint-tests");

    public void Dispose() => _system.Dispose();

    // Everything that moves the music, spread over the first 300 steps: tempo, intensity, sensitivity, a forced regime
    // and its release, outside prices, a price series, another source, a motif, an automation lane, a preset, a stop,
    // a seek and a loop.
    private static SessionScript Busy(ulong seed, string source)
    {
        var script = new SessionScript(seed, ("source", ParameterValue.Of(source)))
            .Set(5, "intensity", ParameterValue.Of(0.9))
            .Set(23, "bpm", ParameterValue.Of(137))
            .Set(37, "regime", ParameterValue.Of("bear"))
            .Set(61, "sensitivity", ParameterValue.Of(6))
            .Set(90, "regime", ParameterValue.Of("auto"))
            .Set(121, "regime", ParameterValue.Of("volatile"))
            .Set(150, "source", ParameterValue.Of(source == "sp500" ? "simulated" : "sp500"))
            .Set(200, "mode", ParameterValue.Of("dorian"))
            .Transport(210, TransportCommand.Stop)
            .Transport(214, TransportCommand.Play)
            .Transport(240, TransportCommand.Seek, tick: 480 * 30)
            .Transport(250, TransportCommand.Loop, start: 480 * 40, end: 480 * 52);
        foreach (var (step, price) in new[] { (3L, 101.5), (4L, 102.0), (7L, 99.0), (40L, 97.5), (41L, 96.0), (130L, 110.0) })
        {
            script.Price(step, price);
        }

        return script
            .Add(new PriceSeriesScheduled(SessionScript.Id, [100, 104, 97, 108, 95], 3, 70, 0, Noon))
            .Add(new MotifImported(SessionScript.Id, "test", [new MotifNote(0, 240, 67, 90), new MotifNote(240, 240, 69, 80), new MotifNote(480, 480, 72, 100)],
                960, 45, 0, Noon))
            .Add(new ParameterAutomated(SessionScript.Id, "soprano", "subtractive", "cutoff", 0.1, 0.9, 40, 30, 0, Noon))
            .Add(new PresetLoaded(SessionScript.Id, "bright", new PluginPreset(new Dictionary<string, ParameterValue> { ["alto.gain"] = ParameterValue.Of(0.4) },
                new Dictionary<string, double> { ["alto/fm/ratio"] = 0.6 }), 101, 0, Noon));
    }

    public static TheoryData<ulong, string, int> Cuts => new()
    {
        // Mid-intro, mid-phrase in the first statement, mid-section after the regime turned, inside a series, while
        // stopped, just after a seek, inside a loop, and far on.
        { 42, "simulated", 6 },
        { 42, "simulated", 38 },
        { 7, "external", 45 },
        { 7, "external", 74 },
        { 99, "sp500", 103 },
        { 99, "sp500", 131 },
        { 1234, "simulated", 212 },
        { 1234, "external", 243 },
        { 5, "simulated", 263 },
        { 5, "sp500", 457 },
    };

    [Theory]
    [MemberData(nameof(Cuts))]
    public void A_pipeline_restored_from_its_checkpoint_composes_every_later_step_as_the_one_that_never_stopped(ulong seed, string source, int cut)
    {
        const int after = 300;
        var script = Busy(seed, source);
        var inputs = script.Events.OfType<ITimedInput>().ToArray();
        var unbroken = Scheduled(new SessionComposer(script.Created), inputs);
        var interrupted = Scheduled(new SessionComposer(script.Created), inputs);
        var expected = Enumerable.Range(0, cut + after).Select(_ => unbroken.ComposeStep()).ToList();
        interrupted.FastForwardTo(cut);

        var checkpoint = RoundTrip(interrupted.Capture());
        var restored = SessionComposer.Restore(script.Created, checkpoint, inputs);

        Assert.Equal(cut, restored.Next.Step);
        for (var i = cut; i < cut + after; i++)
        {
            StepAssert.Same(expected[i], restored.ComposeStep());
        }
    }

    [Fact]
    public void A_checkpoint_taken_from_a_restored_pipeline_is_the_same_as_the_unbroken_one_at_that_step()
    {
        var script = Busy(3, "simulated");
        var inputs = script.Events.OfType<ITimedInput>().ToArray();
        var unbroken = Scheduled(new SessionComposer(script.Created), inputs);
        unbroken.FastForwardTo(180);
        var first = Scheduled(new SessionComposer(script.Created), inputs);
        first.FastForwardTo(97);
        var restored = SessionComposer.Restore(script.Created, RoundTrip(first.Capture()), inputs);
        restored.FastForwardTo(180);

        Assert.Equal(Json(unbroken.Capture()), Json(restored.Capture()));
    }

    [Fact]
    public void A_checkpoint_of_another_version_is_refused_with_the_reason()
    {
        var script = Busy(3, "simulated");
        var composer = new SessionComposer(script.Created);
        composer.FastForwardTo(20);

        var error = Assert.Throws<ArgumentException>(() => SessionComposer.Restore(script.Created, composer.Capture() with { Version = 9 }, []));

        Assert.Contains("version 9", error.Message);
    }

    [Fact]
    public void A_checkpoint_whose_voices_do_not_fit_the_session_is_refused()
    {
        var script = Busy(3, "simulated");
        var composer = new SessionComposer(script.Created);
        composer.FastForwardTo(20);
        var checkpoint = composer.Capture();

        Assert.Throws<ArgumentException>(() => SessionComposer.Restore(script.Created, checkpoint with { Voices = [.. checkpoint.Voices.Reverse()] }, []));
        Assert.Throws<ArgumentException>(() => SessionComposer.Restore(script.Created, checkpoint with { Voices = checkpoint.Voices.Take(3).ToArray() }, []));
    }

    private static SessionComposer Scheduled(SessionComposer composer, IEnumerable<ITimedInput> inputs)
    {
        foreach (var input in inputs)
        {
            composer.Schedule(input);
        }

        return composer;
    }

    // Through the snapshot store's own serializer, as a recovering session reads it.
    private ComposerCheckpoint RoundTrip(ComposerCheckpoint checkpoint)
    {
        var serializer = new SessionEventSerializer((ExtendedActorSystem)_system);
        var snapshot = new SessionSnapshot(SessionState.Empty(SessionScript.Id), checkpoint.Step, [], checkpoint);
        var read = (SessionSnapshot)serializer.FromBinary(serializer.ToBinary(snapshot), serializer.Manifest(snapshot));
        return read.Composer ?? throw new InvalidOperationException("The snapshot lost its checkpoint.");
    }

    private static string Json(ComposerCheckpoint checkpoint) => System.Text.Json.JsonSerializer.Serialize(checkpoint, SessionEventSerializer.Options);
}
