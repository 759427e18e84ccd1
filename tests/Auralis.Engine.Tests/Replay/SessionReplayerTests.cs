using Auralis.Audio.Codecs.Midi;
using Auralis.Audio.Rendering;
using Auralis.Engine.Replay;
using Auralis.Engine.Sessions;
using Auralis.Engine.Tests.TestSupport;

namespace Auralis.Engine.Tests.Replay;

public sealed class SessionReplayerTests
{
    private sealed class Capture : IAudioBlockSink
    {
        public List<float> Samples { get; } = [];

        public List<long> FirstFrames { get; } = [];

        public void Write(long firstFrame, ReadOnlySpan<float> interleavedStereo)
        {
            FirstFrames.Add(firstFrame);
            Samples.AddRange(interleavedStereo.ToArray());
        }
    }

    private static SessionScript Busy() => new SessionScript(11, ("intensity", ParameterValue.Of(0.7)))
        .Set(6, "bpm", ParameterValue.Of(140))
        .Set(9, "key", ParameterValue.Of("D"))
        .Transport(14, TransportCommand.Stop)
        .Transport(17, TransportCommand.Play)
        .Set(18, "alto.instrument", ParameterValue.Of("fm"))
        .Set(20, "soprano.pan", ParameterValue.Of(-0.5));

    [Fact]
    public void How_far_ahead_composition_runs_never_changes_a_sample_or_a_note()
    {
        var tight = new Capture();
        var ahead = new Capture();

        var first = SessionReplayer.Replay(Busy().Events, new ReplayLength(Seconds: 12), tight);
        var second = SessionReplayer.Replay(Busy().Events, new ReplayLength(Seconds: 12), ahead, composeAheadFrames: 48_000);

        Assert.Equal(first.Notes, second.Notes);
        Assert.Equal(tight.Samples.Select(BitConverter.SingleToInt32Bits), ahead.Samples.Select(BitConverter.SingleToInt32Bits));
        Assert.Contains(tight.Samples, s => Math.Abs(s) > 0.05f);
    }

    [Fact]
    public void A_plan_composes_the_notes_and_length_of_the_replay_without_rendering_a_sample()
    {
        var resumed = Busy().Events.Append(new SessionEvents.SessionResumed(SessionScript.Id, 13, DateTimeOffset.UnixEpoch)).ToArray();

        var replay = SessionReplayer.Replay(resumed, ReplayLength.ToLastInput, new Capture());
        var plan = SessionReplayer.Plan(resumed, ReplayLength.ToLastInput);
        var capped = SessionReplayer.Plan(resumed, ReplayLength.ToLastInput, maxFrames: 48_000);

        Assert.Equal(replay.Frames, plan.Frames);
        Assert.Equal(replay.Notes, plan.Notes);
        Assert.Equal(replay.Steps.Count, plan.Steps.Count);
        Assert.Equal(48_000, capped.Frames);
    }

    [Fact]
    public void Blocks_are_contiguous_from_frame_zero_and_the_length_is_honoured()
    {
        var capture = new Capture();

        var result = SessionReplayer.Replay(Busy().Events, new ReplayLength(Seconds: 3), capture);

        Assert.Equal(Enumerable.Range(0, capture.FirstFrames.Count).Select(i => i * 128L), capture.FirstFrames);
        Assert.Equal(3 * 48_000, result.Frames);
        Assert.Equal(3 * 48_000 * 2, capture.Samples.Count);
    }

    [Fact]
    public void Eight_bars_hold_exactly_eight_bars_of_frames_and_notes()
    {
        var capture = new Capture();
        var script = new SessionScript(5, ("bpm", ParameterValue.Of(126)), ("intensity", ParameterValue.Of(0.8)));

        var result = SessionReplayer.Replay(script.Events, new ReplayLength(Bars: 8), capture);

        // 32 beats at 126 bpm: 15.238 s, 731 428.57 frames; the step that ends bar 8 ends the file.
        var lastStep = result.Steps.Single(s => s.Span.Tick + s.Span.TickCount == 8 * 1_920);
        Assert.Equal(lastStep.Span.EndFrame, result.Frames);
        Assert.InRange(result.Frames, 731_428, 731_429);
        Assert.Equal(result.Frames * 2, capture.Samples.Count);
        Assert.NotEmpty(result.Notes);
        Assert.All(result.Notes, note => Assert.True(note.Note.Tick < 8 * 1_920, $"a note at tick {note.Note.Tick}"));
        Assert.All(result.Notes, note => Assert.True(note.Frame < result.Frames));
    }

    [Fact]
    public void Without_a_length_the_replay_runs_one_phrase_past_the_last_input()
    {
        var result = SessionReplayer.Replay(Busy().Events, ReplayLength.ToLastInput, new Capture());

        // The last input applies at step 20; a phrase of four 4/4 bars later is step 36, the last one rendered in full.
        var last = result.Steps.Single(s => s.Span.Step == 36);
        Assert.Equal(last.Span.EndFrame, result.Frames);
    }

    [Fact]
    public void Replayed_notes_export_to_midi_and_read_back_the_same()
    {
        var result = SessionReplayer.Replay(Busy().Events, new ReplayLength(Bars: 4), new Capture());
        var notes = result.Notes.Select(n => new MidiNote(n.Note.Tick, n.Note.DurationTicks, n.Note.Pitch.MidiNumber, n.Note.Velocity, n.Channel)).ToArray();
        using var stream = new MemoryStream();

        MidiWriter.Write(stream, new MidiFile(0, 480, [new MidiTrack("auralis", MidiNotes.ToEvents(notes))]));
        var read = MidiNotes.FromEvents(MidiReader.Parse(stream.ToArray()).Tracks[0].Events);

        Assert.Equal(notes.OrderBy(n => n.Tick).ThenBy(n => n.Pitch).ThenBy(n => n.Channel), read.OrderBy(n => n.Tick).ThenBy(n => n.Pitch).ThenBy(n => n.Channel));
        Assert.NotEmpty(notes);
    }

    [Fact]
    public void Events_without_a_creation_are_refused() =>
        Assert.Throws<ArgumentException>(() => SessionReplayer.Replay([], ReplayLength.ToLastInput, new Capture()));
}
