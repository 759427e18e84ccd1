using System.Text;
using Auralis.Audio.Codecs;
using Auralis.Audio.Codecs.Midi;
using Auralis.Audio.Rendering;
using Auralis.Engine.Agents;
using Auralis.Engine.Agents.Io;
using Auralis.Engine.Agents.Pitch;
using Auralis.Engine.Agents.Vst;
using Auralis.Engine.Composition;
using Auralis.Engine.Replay;
using Auralis.Engine.Sessions;
using Auralis.Engine.Tests.TestSupport;
using static Auralis.Engine.Sessions.SessionCommands;
using static Auralis.Engine.Sessions.SessionEvents;

namespace Auralis.Engine.Tests.Agents;

public sealed class AgentLogicTests
{
    private static readonly DateTimeOffset Noon = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly SessionId Id = SessionScript.Id;

    private static List<ComposedStep> Compose(IReadOnlyList<ISessionEvent> events, int steps)
    {
        var composer = new SessionComposer(SessionState.Empty(Id).Apply(events[0]));
        foreach (var input in events.OfType<ITimedInput>())
        {
            composer.Schedule(input);
        }

        return Enumerable.Range(0, steps).Select(_ => composer.ComposeStep()).ToList();
    }

    private static RenderEvent[] ParameterEvents(ComposedStep step) => step.MixEvents.Where(e => e.Kind == RenderEventKind.InstrumentParameter).ToArray();

    [Fact]
    public void An_instrument_parameter_change_reaches_the_renderer_at_the_first_frame_of_its_step()
    {
        var events = new SessionScript(5).Events.Append(new InstrumentParametersChanged(Id, "bass", "subtractive", new Dictionary<string, double> { ["cutoff"] = 0.3 }, 4, 0, Noon)).ToArray();

        var steps = Compose(events, 6);

        Assert.All(steps.Take(4), step => Assert.Empty(ParameterEvents(step)));
        var change = Assert.Single(ParameterEvents(steps[4]));
        Assert.Equal((steps[4].Span.FirstFrame, 2, BuiltInPlugins.Instance.IndexOf("subtractive", "cutoff"), 0.3f), (change.Frame, change.Channel, change.Parameter, change.Value));
        Assert.Empty(ParameterEvents(steps[5]));
    }

    [Fact]
    public void An_automation_lane_moves_its_parameter_in_equal_steps_from_start_to_end()
    {
        var events = new SessionScript(5).Events.Append(new ParameterAutomated(Id, "soprano", "subtractive", "envAmount", 0, 1, 4, 2, 0, Noon)).ToArray();

        var steps = Compose(events, 9);

        var values = steps.Select(s => ParameterEvents(s).Select(e => e.Value).SingleOrDefault(float.NaN)).ToArray();
        Assert.Equal([float.NaN, float.NaN, 0f, 0.25f, 0.5f, 0.75f, 1f, float.NaN, float.NaN], values);
    }

    [Fact]
    public void Values_set_for_one_instrument_return_when_the_voice_plays_it_again()
    {
        var events = new SessionScript(5)
            .Set(3, "bass.instrument", ParameterValue.Of("fm"))
            .Set(5, "bass.instrument", ParameterValue.Of("subtractive"))
            .Events.Append(new InstrumentParametersChanged(Id, "bass", "subtractive", new Dictionary<string, double> { ["resonance"] = 0.9 }, 1, 0, Noon)).ToArray();

        var steps = Compose(events, 6);

        Assert.Empty(ParameterEvents(steps[3]));
        Assert.Equal(0.9f, Assert.Single(ParameterEvents(steps[5])).Value);
    }

    [Fact]
    public void A_loaded_preset_brings_back_the_chain_it_saved()
    {
        var context = new CommandContext(Noon, 8, 3840, 1);
        var state = SessionState.Empty(Id).Apply(new SessionScript(5).Events[0]);
        state = state.Apply(state.Process(new ChangeInstrumentParameters(Id, "bass", new Dictionary<string, double> { ["cutoff"] = 0.2 }), context).Events.Single());
        state = state.Apply(state.Process(new SavePreset(Id, "dark"), context).Events.Single());
        state = state.Apply(state.Process(new SessionCommands.ChangeParameters(Id, new Dictionary<string, ParameterValue> { ["delay"] = ParameterValue.Of(0.9) }), context).Events.Single());
        state = state.Apply(state.Process(new ChangeInstrumentParameters(Id, "bass", new Dictionary<string, double> { ["cutoff"] = 0.8 }), context).Events.Single());

        var loaded = Assert.IsType<PresetLoaded>(state.Process(new LoadPreset(Id, "dark"), context).Events.Single());
        state = state.Apply(loaded);

        Assert.Equal((8L, 3840L), (loaded.AtStep, loaded.AtTick));
        Assert.Equal(0.15, state.Number("delay"));
        Assert.Equal(0.2, state.Plugins["bass/subtractive/cutoff"]);
        var cutoff = PluginChain.Of(state).Voices.Single(v => v.Voice == "bass").Parameters.Single(p => p.Id == "cutoff");
        Assert.Equal((40f, 16_000f, "Hz", 600f, 0.2), (cutoff.Min, cutoff.Max, cutoff.Unit, cutoff.Default, cutoff.Normalized));
        Assert.Equal(Rejection.NotFound, state.Process(new LoadPreset(Id, "bright"), context).Rejection!.Code);
    }

    [Theory]
    [InlineData("bass", "nope", 0.5, Rejection.UnknownParameter)]
    [InlineData("tuba", "cutoff", 0.5, Rejection.UnknownParameter)]
    [InlineData("bass", "cutoff", 1.5, Rejection.BadValue)]
    public void Unknown_voices_and_parameters_and_out_of_range_values_are_refused(string voice, string parameter, double value, string code)
    {
        var state = SessionState.Empty(Id).Apply(new SessionScript(5).Events[0]);

        var result = state.Process(new ChangeInstrumentParameters(Id, voice, new Dictionary<string, double> { [parameter] = value }), new CommandContext(Noon, 0, 0, 1));

        Assert.Equal(code, result.Rejection!.Code);
    }

    [Fact]
    public void The_melody_states_an_imported_motif_on_the_phrase_start_and_replay_repeats_it()
    {
        MotifNote[] motif = [new(0, 240, 60, 100), new(240, 240, 62, 100), new(480, 960, 67, 100)];
        var events = new SessionScript(9).Events.Append(new MotifImported(Id, "midi", motif, 1440, 0, 0, Noon)).ToArray();

        var first = Compose(events, 8);
        var again = Compose(events, 8);
        var without = Compose(new SessionScript(9).Events, 8);

        var soprano = first.SelectMany(s => s.Notes).Where(n => n.Voice == "soprano" && n.Note.Tick < 1440).ToArray();
        Assert.Equal(motif.Select(n => n.DurationTicks).Order(), soprano.Select(n => n.Note.DurationTicks).Order());
        Assert.Equal(first.SelectMany(s => s.Notes), again.SelectMany(s => s.Notes));
        Assert.NotEqual(without.SelectMany(s => s.Notes).Where(n => n.Voice == "soprano"), first.SelectMany(s => s.Notes).Where(n => n.Voice == "soprano"));
    }

    [Fact]
    public void An_exported_midi_file_reimports_to_the_same_notes()
    {
        var events = new SessionScript(11, ("intensity", ParameterValue.Of(0.8))).Events;
        var (content, type, _) = SessionExport.Export(Id, events, "mid", new ReplayLength(Bars: 4), WavSampleFormat.Float32);
        var replay = SessionReplayer.Replay(events, new ReplayLength(Bars: 4), new AudioCapture());

        var file = MidiReader.Parse(content);

        Assert.Equal("audio/midi", type);
        for (var channel = 0; channel < SessionParameters.Voices.Count; channel++)
        {
            var voice = SessionParameters.Voices[channel];
            var expected = replay.Notes.Where(n => n.Channel == channel).Select(n => (n.Note.Tick, n.Note.DurationTicks, n.Note.Pitch.MidiNumber, n.Note.Velocity))
                .OrderBy(n => n).ToArray();
            var track = file.Tracks.Single(t => t.Name == voice);
            var actual = MidiNotes.FromEvents(track.Events).Select(n => (n.Tick, n.DurationTicks, n.Pitch, n.Velocity)).OrderBy(n => n).ToArray();
            Assert.NotEmpty(expected);
            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public void A_midi_file_becomes_a_motif_and_one_without_notes_is_refused()
    {
        var notes = new[] { new MidiNote(96, 96, 64, 90), new MidiNote(192, 192, 67, 80) };
        var midi = new MemoryStream();
        MidiWriter.Write(midi, new MidiFile(1, 96, [new MidiTrack("tempo", [TempoChange.FromBpm(0, 100)]), new MidiTrack("line", MidiNotes.ToEvents(notes))]));
        var empty = new MemoryStream();
        MidiWriter.Write(empty, new MidiFile(1, 96, [new MidiTrack("tempo", [TempoChange.FromBpm(0, 100)])]));

        var motif = MotifFiles.Read(midi.ToArray(), Music.Theory.Key.Parse("C major"), 96);

        Assert.Equal([new MotifNote(480, 480, 64, 90), new MotifNote(960, 960, 67, 80)], motif);
        Assert.Contains("no notes", Assert.Throws<FormatException>(() => MotifFiles.Read(empty.ToArray(), Music.Theory.Key.Parse("C major"), 96)).Message);
    }

    [Fact]
    public void A_sung_note_thirty_cents_sharp_is_named_and_corrected_to_the_nearest_scale_tone()
    {
        const int rate = 48_000;
        var hertz = 440 * Math.Pow(2, 30 / 1200.0);
        var samples = Enumerable.Range(0, rate).Select(i => (float)(0.5 * Math.Sin(2 * Math.PI * hertz * i / rate))).ToArray();
        var wav = new MemoryStream();
        WavWriter.Write(wav, new WavAudio(rate, 1, samples), WavSampleFormat.Pcm16);

        var note = Assert.Single(PitchAnalysis.Analyze(PitchAnalysis.ReadWav(wav.ToArray()), Music.Theory.Key.Parse("C major")));

        Assert.Equal(("A4", "A4", false), (note.Note, note.Suggestion, note.InTune));
        Assert.InRange(note.Cents, 27, 33);
        Assert.InRange(Math.Abs(note.CorrectionCents), 27, 33);
        Assert.Throws<FormatException>(() => PitchAnalysis.ReadWav(wav.ToArray()[..30]));
    }

    [Theory]
    [InlineData("not json", "not valid JSON")]
    [InlineData("""{"format":"other","events":[]}""", "format")]
    [InlineData("""{"format":"auralis-session-backup.v1","events":[{"manifest":"tempo-changed.v9","event":{}}]}""", "unknown manifest 'tempo-changed.v9'")]
    [InlineData("""{"format":"auralis-session-backup.v1","events":[{"manifest":"session-renamed.v1","event":{"name":"x","at":"2026-12-01T12:00:00+00:00"}}]}""", "starts with the session's creation")]
    public void A_bad_backup_is_refused_with_a_precise_reason(string json, string reason)
    {
        var error = Assert.Throws<FormatException>(() => SessionBackup.Read(Encoding.UTF8.GetBytes(json), new SessionId("copy")));

        Assert.Contains(reason, error.Message);
    }

    [Theory]
    [InlineData("bpm", 1e9, "bad-value")]
    [InlineData("../../etc", 1, "unknown-parameter")]
    public void A_restore_checks_every_event_as_the_live_command_would_and_refuses_the_first_bad_one(string parameter, double value, string code)
    {
        var fine = new SessionScript(3).Events[0];
        var bad = new SessionEvents.ParametersChanged(Id, new Dictionary<string, ParameterValue> { [parameter] = ParameterValue.Of(value) }, 4, 1920, Noon);
        var context = new CommandContext(Noon, 0, 0, 1);

        var refused = SessionState.Empty(Id).Process(new RestoreSession(Id, [fine, bad]), context);
        var accepted = SessionState.Empty(Id).Process(new RestoreSession(Id, [fine]), context);

        Assert.Equal(code, refused.Rejection?.Code);
        Assert.Contains("Event 2", refused.Rejection!.Message);
        Assert.True(accepted.Accepted);
        var created = Assert.IsType<SessionEvents.SessionCreated>(Assert.Single(accepted.Events));
        Assert.Equal((((SessionEvents.SessionCreated)fine).Seed, ((SessionEvents.SessionCreated)fine).At), (created.Seed, created.At));
    }

    [Fact]
    public void A_restored_price_series_keeps_its_prices_and_pace_and_a_bad_price_refuses_it()
    {
        var fine = new SessionScript(3).Events[0];
        var series = new SessionEvents.PriceSeriesScheduled(Id, [100.5, 101.25, 99], 4, 8, 3840, Noon);
        var context = new CommandContext(Noon, 0, 0, 1);

        var restored = SessionState.Empty(Id).Process(new RestoreSession(Id, [fine, series]), context);
        var refused = SessionState.Empty(Id).Process(new RestoreSession(Id, [fine, series with { Prices = [100.5, -1] }]), context);

        var kept = Assert.Single(restored.Events.OfType<SessionEvents.PriceSeriesScheduled>());
        Assert.Equal([100.5, 101.25, 99], kept.Prices);
        Assert.Equal((4, 8L), (kept.StepsPerPrice, kept.AtStep));
        Assert.Equal("bad-value", refused.Rejection?.Code);
    }

    [Fact]
    public void A_backup_carries_its_samples_bytes_and_never_a_path_and_reading_it_takes_no_path()
    {
        var events = new SessionScript(3).Events.Append(new SampleAdded(Id, "kick", "/srv/secret/kick.wav", new string('a', 64), Noon)).ToArray();
        var bytes = new byte[] { 1, 2, 3 };

        var json = SessionBackup.Write(Id, events, new Dictionary<string, byte[]> { [new string('a', 64)] = bytes });
        var read = SessionBackup.Read(json, new SessionId("copy"));

        Assert.DoesNotContain("secret", Encoding.UTF8.GetString(json));
        Assert.Equal(string.Empty, Assert.IsType<SampleAdded>(read.Events[^1]).Path);
        Assert.Equal(bytes, read.Samples[new string('a', 64)]);
    }

    [Fact]
    public void A_backup_carries_only_sample_bytes_stored_in_the_nodes_sample_folder()
    {
        var root = Path.Combine(Path.GetTempPath(), "auralis-export-" + Guid.NewGuid().ToString("N"));
        var folder = Path.Combine(root, "samples");
        Directory.CreateDirectory(Path.Combine(folder, "script"));
        try
        {
            var own = new byte[] { 1, 2, 3 };
            var foreign = new byte[] { 4, 5, 6 };
            var ownSha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(own));
            var foreignSha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(foreign));
            File.WriteAllBytes(Path.Combine(folder, "script", ownSha + ".wav"), own);
            File.WriteAllBytes(Path.Combine(root, "secret.wav"), foreign);
            var events = new SessionScript(3)
                .Sample("own", Path.Combine(folder, "script", ownSha + ".wav"), ownSha)
                .Sample("stolen", Path.Combine(folder, "..", "secret.wav"), foreignSha).Events;

            var backup = SessionBackup.Read(SessionExport.Export(Id, events, "json", ReplayLength.ToLastInput, WavSampleFormat.Float32, folder).Content, Id);

            Assert.Equal(own, backup.Samples[ownSha]);
            Assert.False(backup.Samples.ContainsKey(foreignSha));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void A_backup_reads_back_as_the_same_events_addressed_to_the_new_session()
    {
        var events = new SessionScript(3).Set(2, "bpm", ParameterValue.Of(110)).Events
            .Append(new MotifImported(Id, "midi", [new MotifNote(0, 480, 65, 80)], 480, 3, 1440, Noon)).ToArray();

        var restored = SessionBackup.Read(SessionBackup.Write(Id, events), new SessionId("copy")).Events;

        Assert.All(restored, e => Assert.Equal("copy", e.SessionId.Value));
        Assert.Equal(SessionBackup.Write(new SessionId("copy"), restored), SessionBackup.Write(new SessionId("copy"), SessionBackup.Read(SessionBackup.Write(Id, events), new SessionId("copy")).Events));
        Assert.Equal(events.Select(e => e.GetType()), restored.Select(e => e.GetType()));
    }
}
