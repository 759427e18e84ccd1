using Akka.Actor;
using Auralis.Audio.Codecs;
using Auralis.Audio.Codecs.Midi;
using Auralis.Audio.Rendering;
using Auralis.Engine.Persistence;
using Auralis.Engine.Replay;
using Auralis.Engine.Sessions;

namespace Auralis.Cli.Tests.Replay;

public sealed class ReplayCommandTests(RecordedJournal journal) : IClassFixture<RecordedJournal>, IDisposable
{
    private readonly string _out = Path.Combine(Path.GetTempPath(), "auralis-cli-out-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task A_replay_writes_exactly_the_asked_seconds_bit_for_bit_as_the_journal_replayer_and_the_same_notes_as_midi()
    {
        Directory.CreateDirectory(_out);
        var wav = Path.Combine(_out, "x.wav");
        var mid = Path.Combine(_out, "x.mid");

        var run = await CliRun.RunAsync("replay", RecordedJournal.SessionName, "--data", journal.Folder, "--out", wav, "--midi", mid, "--seconds", "3");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("replayed 'take': 144000 frames (3.00 s)", run.Out);
        Assert.Contains("[##############################] 100%", run.Error);
        var audio = WavReader.Read(wav);
        Assert.Equal((48_000, 2, WavSampleFormat.Float32, 144_000), (audio.SampleRate, audio.Channels, audio.Format, audio.Frames));
        var (expected, result) = await ReplayDirectlyAsync(new ReplayLength(Seconds: 3));
        Assert.Equal(expected.Select(BitConverter.SingleToInt32Bits), audio.Samples.Select(BitConverter.SingleToInt32Bits));
        Assert.Contains(audio.Samples, s => Math.Abs(s) > 0.01f);

        var midi = MidiReader.Read(mid);
        var notes = midi.Tracks.SelectMany(t => MidiNotes.FromEvents(t.Events)).ToList();
        Assert.True(result.Notes.Count > 10);
        Assert.Equal(result.Notes.Count, notes.Count);
        Assert.Equal(result.Notes.Select(n => n.Note.Pitch.MidiNumber).Order(), notes.Select(n => n.Pitch).Order());
        Assert.Equal(result.Notes.Select(n => n.Voice).Distinct().Order(), midi.Tracks.Skip(1).Select(t => t.Name!).Order());
        var tempi = result.Steps.Where(s => s.Span.Playing).Select(s => (int)Math.Round(s.Span.FramesPerTick * 480 / 48_000.0 * 1_000_000.0)).Distinct();
        Assert.Equal(tempi.Order(), midi.Tracks[0].Events.OfType<TempoChange>().Select(t => t.MicrosecondsPerQuarter).Distinct().Order());
    }

    [Fact]
    public async Task Midi_alone_writes_the_notes_and_no_audio_file()
    {
        Directory.CreateDirectory(_out);
        var mid = Path.Combine(_out, "notes.mid");

        var run = await CliRun.RunAsync("replay", RecordedJournal.SessionName, "--data", journal.Folder, "--midi", mid, "--seconds", "3");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains($"replayed 'take': 144000 frames (3.00 s)", run.Out);
        Assert.Equal([mid], Directory.GetFiles(_out));
        var (_, result) = await ReplayDirectlyAsync(new ReplayLength(Seconds: 3));
        var notes = MidiReader.Read(mid).Tracks.SelectMany(t => MidiNotes.FromEvents(t.Events)).ToList();
        Assert.True(result.Notes.Count > 10);
        Assert.Equal(result.Notes.Select(n => n.Note.Pitch.MidiNumber).Order(), notes.Select(n => n.Pitch).Order());
    }

    [Fact]
    public async Task Without_an_output_file_replay_writes_nothing_and_says_which_to_give()
    {
        Directory.CreateDirectory(_out);

        var run = await CliRun.RunAsync("replay", RecordedJournal.SessionName, "--data", journal.Folder);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("auralis replay: missing --out FILE.wav (the audio) or --midi FILE.mid (the notes)", run.Error);
        Assert.Empty(Directory.GetFileSystemEntries(_out));
    }

    [Fact]
    public async Task A_pcm16_replay_writes_16_bit_samples_of_the_same_audio()
    {
        Directory.CreateDirectory(_out);
        var wav = Path.Combine(_out, "x16.wav");

        var run = await CliRun.RunAsync("replay", RecordedJournal.SessionName, "--journal", "sqlite:" + journal.Target.SqlitePath, "--out", wav,
            "--bars", "1", "--format", "pcm16");

        Assert.Equal(0, run.ExitCode);
        var audio = WavReader.Read(wav);
        Assert.Equal(WavSampleFormat.Pcm16, audio.Format);
        var (expected, _) = await ReplayDirectlyAsync(new ReplayLength(Bars: 1));
        Assert.Equal(expected.Length, audio.Samples.Length);
        Assert.All(expected.Zip(audio.Samples), pair => Assert.True(Math.Abs(Math.Clamp(pair.Item1, -1, 1) - pair.Item2) <= 1.0 / 32_767));
    }

    [Fact]
    public async Task An_unknown_session_fails_with_a_clear_message_and_leaves_no_file()
    {
        Directory.CreateDirectory(_out);
        var wav = Path.Combine(_out, "none.wav");

        var run = await CliRun.RunAsync("replay", "nobody", "--data", journal.Folder, "--out", wav);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("auralis replay: the journal has no session 'nobody'", run.Error.Trim());
        Assert.Empty(Directory.GetFiles(_out));
    }

    [Fact]
    public async Task A_missing_data_directory_or_journal_file_fails_and_creates_no_database()
    {
        var missing = Path.Combine(_out, "no-data");
        var wav = Path.Combine(Path.GetTempPath(), "auralis-never-" + Guid.NewGuid().ToString("N") + ".wav");

        var noFolder = await CliRun.RunAsync("replay", "take", "--data", missing, "--out", wav);
        Directory.CreateDirectory(missing);
        var noFile = await CliRun.RunAsync("replay", "take", "--data", missing, "--out", wav);
        var noJournal = await CliRun.RunAsync("replay", "take", "--journal", "sqlite:" + Path.Combine(missing, "j.db"), "--out", wav);

        Assert.Equal((1, 1, 1), (noFolder.ExitCode, noFile.ExitCode, noJournal.ExitCode));
        Assert.Contains("does not exist", noFolder.Error);
        Assert.Contains("there is no journal at", noFile.Error);
        Assert.Contains("there is no journal at", noJournal.Error);
        Assert.Empty(Directory.GetFileSystemEntries(missing));
        Assert.False(File.Exists(wav));
    }

    public void Dispose()
    {
        if (Directory.Exists(_out))
        {
            Directory.Delete(_out, recursive: true);
        }
    }

    private async Task<(float[] Samples, ReplayResult Result)> ReplayDirectlyAsync(ReplayLength length)
    {
        var system = ActorSystem.Create("cli-check", EngineSetup.SystemSetup(journal.Target, "akka.loglevel = WARNING"));
        try
        {
            var capture = new Capture();
            var result = await new JournalReplayer(system).ReplayAsync(new SessionId(RecordedJournal.SessionName), length, capture);
            return ([.. capture.Samples], result);
        }
        finally
        {
            await system.Terminate();
        }
    }

    private sealed class Capture : IAudioBlockSink
    {
        public List<float> Samples { get; } = [];

        public void Write(long firstFrame, ReadOnlySpan<float> interleavedStereo) => Samples.AddRange(interleavedStereo.ToArray());
    }
}
