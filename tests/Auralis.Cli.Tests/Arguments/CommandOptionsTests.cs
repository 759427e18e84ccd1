using Auralis.Audio.Codecs;
using Auralis.Cli.Commands;
using Auralis.Engine.Persistence;
using Auralis.Engine.Replay;
using Auralis.Protocol.Audio;
using Auralis.Protocol.Messages;

namespace Auralis.Cli.Tests.Arguments;

public sealed class CommandOptionsTests
{
    [Fact]
    public void Replay_defaults_to_the_data_directory_float32_and_up_to_the_last_input()
    {
        var options = ReplayCommand.Parse(["demo", "--out", "take.wav"]);

        Assert.Equal("demo", options.Session.Value);
        Assert.Equal(JournalTarget.InDataDirectory("./data"), options.Journal);
        Assert.Equal("./data", options.DataDirectory);
        Assert.Equal(WavSampleFormat.Float32, options.Format);
        Assert.Same(ReplayLength.ToLastInput, options.Length);
        Assert.Null(options.MidiPath);
    }

    [Fact]
    public void Replay_takes_bars_or_seconds_a_journal_a_midi_file_and_pcm16()
    {
        var bars = ReplayCommand.Parse(["demo", "--out", "t.wav", "--bars", "8", "--midi", "t.mid", "--format", "pcm16", "--journal", "postgres:Host=db"]);
        var seconds = ReplayCommand.Parse(["demo", "--out=t.wav", "--seconds=2.5", "--journal", "sqlite:j.db"]);

        Assert.Equal(new ReplayLength(Bars: 8), bars.Length);
        Assert.Equal("t.mid", bars.MidiPath);
        Assert.Equal(WavSampleFormat.Pcm16, bars.Format);
        Assert.Equal(new JournalTarget(JournalKind.Postgres, "Host=db"), bars.Journal);
        Assert.Null(bars.DataDirectory);
        Assert.Equal(new ReplayLength(Seconds: 2.5), seconds.Length);
        Assert.Equal(JournalTarget.Sqlite("j.db"), seconds.Journal);
    }

    [Fact]
    public void Connect_defaults_to_tcp_on_7400_with_pcm16()
    {
        var options = ConnectCommand.Parse(["demo"]);

        Assert.True(options.Endpoint.IsTcp);
        Assert.Equal(("127.0.0.1", 7400), (options.Endpoint.Host, options.Endpoint.Port));
        Assert.Equal(AudioFormat.Pcm16, options.Audio);
        Assert.Empty(options.Settings);
        Assert.Null(options.RecordPath);
        Assert.Null(options.Seconds);
    }

    [Fact]
    public void Connect_records_in_f32_unless_told_and_counts_seconds_in_frames()
    {
        var options = ConnectCommand.Parse(["demo", "--record", "live.wav", "--seconds", "1.5"]);
        var pcm = ConnectCommand.Parse(["demo", "--record", "live.wav", "--audio", "pcm16"]);

        Assert.Equal(AudioFormat.F32, options.Audio);
        Assert.Equal(72_000, options.RecordFrames);
        Assert.Equal(AudioFormat.Pcm16, pcm.Audio);
        Assert.Null(pcm.RecordFrames);
    }

    [Fact]
    public void Connect_plays_through_the_speakers_unless_told_not_to_or_sent_no_audio()
    {
        Assert.True(ConnectCommand.Parse(["demo"]).Play);
        Assert.True(ConnectCommand.Parse(["demo", "--record", "live.wav"]).Play);
        Assert.False(ConnectCommand.Parse(["demo", "--no-play"]).Play);
        Assert.False(ConnectCommand.Parse(["demo", "--audio", "none"]).Play);
    }

    [Fact]
    public void Connect_sends_numbers_as_numbers_and_words_as_strings()
    {
        var options = ConnectCommand.Parse(["demo", "--set", "bpm=140", "--set", "mode=dorian", "--set", "intensity=-0.5", "--token", "t0k"]);

        Assert.Equal([("bpm", WireValue.Of(140)), ("mode", WireValue.Of("dorian")), ("intensity", WireValue.Of(-0.5))], options.Settings);
        Assert.Equal("t0k", options.Token);
    }

    [Fact]
    public void Connect_over_websocket_builds_the_session_address_with_the_format_and_token()
    {
        var options = ConnectCommand.Parse(["demo", "--url", "http://127.0.0.1:5000", "--token", "a b", "--audio", "f32"]);

        Assert.False(options.Endpoint.IsTcp);
        Assert.Equal("ws://127.0.0.1:5000/ws/sessions/demo?audio=f32&access_token=a%20b",
            options.Endpoint.WebSocketUri("demo", "f32", "a b").AbsoluteUri);
        Assert.Equal("wss://node.example/base/ws/sessions/demo?audio=none",
            ConnectCommand.Parse(["demo", "--url", "https://node.example/base"]).Endpoint.WebSocketUri("demo", "none", null).AbsoluteUri);
    }

    [Fact]
    public void Sessions_defaults_to_the_local_node()
    {
        var (url, token) = SessionsCommand.Parse([]);
        var (other, given) = SessionsCommand.Parse(["--url", "http://10.0.0.2:8080", "--token", "k"]);

        Assert.Equal("http://127.0.0.1:5000/", url.AbsoluteUri);
        Assert.Null(token);
        Assert.Equal("http://10.0.0.2:8080/", other.AbsoluteUri);
        Assert.Equal("k", given);
    }
}
