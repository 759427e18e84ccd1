using Auralis.Audio.Codecs;
using Auralis.Audio.Codecs.Midi;

namespace Auralis.Audio.Tests.Codecs;

public sealed class MidiTests
{
    private static MidiFile RoundTrip(MidiFile file)
    {
        using var stream = new MemoryStream();
        MidiWriter.Write(stream, file);
        return MidiReader.Parse(stream.ToArray());
    }

    private static readonly MidiNote[] Melody =
    [
        new(0, 480, 60, 100), new(480, 240, 62, 90), new(720, 240, 64, 80), new(960, 960, 67, 110),
        new(960, 960, 48, 70, Channel: 1), new(1920, 480, 60, 100), new(1920, 480, 60, 60, Channel: 2),
    ];

    [Fact]
    public void A_format_1_file_keeps_its_notes_tempo_and_time_signature()
    {
        var conductor = new MidiTrack("tempo", [new TempoChange(0, 500_000), new TimeSignatureChange(0, 7, 3), TempoChange.FromBpm(1920, 90), new KeySignatureChange(0, -3, true)]);
        var voices = new MidiTrack("soprano", MidiNotes.ToEvents(Melody));
        var file = new MidiFile(1, 480, [conductor, voices]);

        var read = RoundTrip(file);

        Assert.Equal(1, read.Format);
        Assert.Equal(480, read.TicksPerQuarter);
        Assert.Equal(["tempo", "soprano"], read.Tracks.Select(t => t.Name));
        Assert.Equal(Melody.OrderBy(n => n.Tick).ThenBy(n => n.Pitch), MidiNotes.FromEvents(read.Tracks[1].Events));
        Assert.Equal(conductor.Events.OrderBy(e => e.Tick), read.Tracks[0].Events);
        Assert.Equal(7, read.Tracks[0].Events.OfType<TimeSignatureChange>().Single().Numerator);
        Assert.Equal(8, read.Tracks[0].Events.OfType<TimeSignatureChange>().Single().Denominator);
    }

    [Fact]
    public void A_format_0_file_round_trips_every_kind_of_channel_message()
    {
        MidiEvent[] events =
        [
            new ProgramChange(0, 3, 41), new ControlChange(0, 3, 7, 100), new NoteOn(10, 3, 70, 90), new PitchBend(20, 3, -8192),
            new PitchBend(30, 3, 8191), new ChannelPressure(40, 3, 55), new PolyPressure(50, 3, 70, 30), new NoteOff(60, 3, 70, 64),
            new MetaEvent(70, 0x01, "free text"u8.ToArray()),
        ];

        var read = RoundTrip(new MidiFile(0, 96, [new MidiTrack(null, events)]));

        Assert.Equal(events.Take(8), read.Tracks[0].Events.Take(8));
        var text = Assert.IsType<MetaEvent>(read.Tracks[0].Events[8]);
        Assert.Equal("free text"u8.ToArray(), text.Data);
    }

    [Fact]
    public void Running_status_and_velocity_zero_note_offs_are_read()
    {
        byte[] file =
        [
            .. "MThd"u8, 0, 0, 0, 6, 0, 0, 0, 1, 0, 96,
            .. "MTrk"u8, 0, 0, 0, 16,
            0x00, 0x90, 60, 100,   // note on C4
            0x60, 64, 90,          // running status: note on E4, 96 ticks later
            0x60, 60, 0,           // running status, velocity 0: C4 off
            0x00, 64, 0,           // E4 off
            0x00, 0xFF, 0x2F, 0x00,
        ];
        file[21] = (byte)(file.Length - 22);

        var notes = MidiNotes.FromEvents(MidiReader.Parse(file).Tracks[0].Events);

        Assert.Equal([new MidiNote(0, 192, 60, 100), new MidiNote(96, 96, 64, 90)], notes);
    }

    [Fact]
    public void The_tempo_map_converts_ticks_and_seconds_across_a_change()
    {
        var map = new TempoMap(480, [TempoChange.FromBpm(0, 120), TempoChange.FromBpm(1920, 60)]);

        Assert.Equal(2.0, map.SecondsAt(1920), 9);
        Assert.Equal(3.0, map.SecondsAt(2400), 9);
        Assert.Equal(2400, map.TickAt(3.0));
        Assert.Equal(960, map.TickAt(1.0));
    }

    public static TheoryData<string, byte[], string> Malformed()
    {
        byte[] header = [.. "MThd"u8, 0, 0, 0, 6, 0, 1, 0, 1, 1, 0xE0];
        byte[] Track(params byte[] body) => [.. header, .. "MTrk"u8, 0, 0, 0, (byte)body.Length, .. body];
        return new TheoryData<string, byte[], string>
        {
            { "not MIDI", "RIFF...."u8.ToArray(), "MThd" },
            { "short header length", [.. "MThd"u8, 0, 0, 0, 2, 0, 1, 0, 1, 1, 0xE0], "header chunk" },
            { "missing track", header, "ends before track 1" },
            { "track longer than the file", [.. header, .. "MTrk"u8, 0, 0, 1, 0, 0x00], "claims" },
            { "running status with no status", Track(0x00, 60, 100, 0x00, 0xFF, 0x2F, 0x00), "running status" },
            { "five-byte delta", Track(0x81, 0x81, 0x81, 0x81, 0x01, 0x90, 60, 100), "over four bytes" },
            { "truncated event", Track(0x00, 0x90, 60), "ends inside" },
            { "status where data belongs", Track(0x00, 0x90, 0x90, 100), "data byte" },
            { "bad tempo", Track(0x00, 0xFF, 0x51, 0x02, 1, 2), "tempo" },
            { "SMPTE division", [.. "MThd"u8, 0, 0, 0, 6, 0, 0, 0, 1, 0xE7, 0x28], "SMPTE" },
            { "format 2", [.. "MThd"u8, 0, 0, 0, 6, 0, 2, 0, 1, 0, 96], "format 2" },
            { "note left sounding", Track(0x00, 0x90, 60, 100, 0x00, 0xFF, 0x2F, 0x00), "note ons without note offs" },
            { "event after the end of the track", Track(0x00, 0xFF, 0x2F, 0x00, 0x00, 0xC0, 5), "end track" },
        };
    }

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Malformed_files_are_refused_with_what_and_where(string _, byte[] file, string expected)
    {
        var error = Assert.Throws<MidiFormatException>(() => MidiReader.Parse(file));

        Assert.Contains(expected, error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("at byte", error.Message);
    }

    [Fact]
    public void A_file_is_written_to_a_stream_that_cannot_seek()
    {
        using var target = new ForwardOnlyStream();

        MidiWriter.Write(target, new MidiFile(0, 96, [new MidiTrack("line", MidiNotes.ToEvents(Melody))]));

        Assert.Equal(Melody.OrderBy(n => n.Tick).ThenBy(n => n.Pitch), MidiNotes.FromEvents(MidiReader.Parse(target.ToArray()).Tracks[0].Events));
    }

    private sealed class ForwardOnlyStream : MemoryStream
    {
        public override bool CanSeek => false;
    }

    [ExternalToolFact("/usr/bin/timidity", "timidity")]
    public void Timidity_plays_a_written_file_for_as_long_as_its_notes_last()
    {
        var file = new MidiFile(1, 480, [new MidiTrack("tempo", [TempoChange.FromBpm(0, 120)]), new MidiTrack("soprano", MidiNotes.ToEvents(Melody))]);
        using var written = new MemoryStream();
        MidiWriter.Write(written, file);
        var played = Path.Combine(Path.GetTempPath(), $"auralis-timidity-{Guid.NewGuid():N}.wav");
        try
        {
            var (exitCode, _, errors) = ExternalTool.OnTemporaryFile(written.ToArray(), ".mid", path => ExternalTool.Run("/usr/bin/timidity", "-Ow", "-o", played, path));
            var audio = WavReader.Read(played);

            Assert.True(exitCode == 0, errors);
            Assert.InRange(audio.Seconds, 2.4, 10.0);
            Assert.True(audio.Samples.Max(Math.Abs) > 0.01f, "timidity played silence");
        }
        finally
        {
            File.Delete(played);
        }
    }
}
