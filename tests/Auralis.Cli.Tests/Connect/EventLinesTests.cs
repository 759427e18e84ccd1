using Auralis.Cli.Connect;
using Auralis.Protocol.Audio;
using Auralis.Protocol.Messages;
using static Auralis.Protocol.Messages.ServerMessages;

namespace Auralis.Cli.Tests.Connect;

public sealed class EventLinesTests
{
    internal static readonly SessionInfo State = new("demo", "Demo", 7, new Dictionary<string, WireValue> { ["bpm"] = 120 },
        new TransportInfo(true), new PositionInfo(3, 2, 6720), 1, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);

    [Fact]
    public void Each_message_is_one_line_of_its_type_and_fields()
    {
        Assert.Equal("welcome session=demo format=f32 frame=4800 sampleRate=48000 channels=2 id=demo playing=true bar=3 beat=2 tick=6720 listeners=1",
            EventLines.For(new Welcome("demo", 48_000, 2, AudioFormat.F32, 4800, State)));
        Assert.Equal("note tick=960 frame=24000 voice=bass pitch=43 name=G2 velocity=90 durationTicks=480",
            EventLines.For(new Note(960, 24_000, "bass", 43, 90, 480)));
        Assert.Equal("chord tick=1920 symbol=Dm7 degree=ii7 root=2", EventLines.For(new Chord(1920, "Dm7", "ii7", 2, [2, 5, 9, 0])));
        Assert.Equal("price tick=0 price=101.5 changePct=-0.25 regime=bear", EventLines.For(new PriceMove(0, 101.5, -0.25, "bear")));
        Assert.Equal("param name=mode value=dorian atTick=3840", EventLines.For(new Param("mode", "dorian", 3840)));
        Assert.Equal("param name=bpm value=140 atTick=3840", EventLines.For(new Param("bpm", 140, 3840)));
        Assert.Equal("error code=bad-value message=bpm must lie in 20..300", EventLines.For(new Error("bad-value", "bpm must lie in 20..300")));
        Assert.Equal("transport state=stopped bar=1 beat=0 tick=1920 atTick=1920", EventLines.For(new Transport(PlaybackState.Stopped, 1, 0, 1920, 1920)));
        Assert.Equal("closing reason=shutdown", EventLines.For(new Closing("shutdown")));
    }

    [Fact]
    public void The_status_line_shows_bar_and_beat_from_1_the_chord_the_price_and_recent_notes()
    {
        var status = new StatusLine();

        status.Update(new Welcome("demo", 48_000, 2, AudioFormat.F32, 0, State));
        status.Update(new Chord(0, "Dm7", "ii7", 2, [2, 5, 9, 0]));
        status.Update(new PriceMove(0, 101.5, 0.25, "bull"));
        foreach (var pitch in new[] { 60, 62, 64, 65, 67, 69, 71 })
        {
            status.Update(new Note(0, 0, "soprano", pitch, 80, 240));
        }

        status.AddFrames(72_000);

        Assert.Equal("> bar 4 beat 3 | Dm7 (ii7) | 101.50 bull +0.25% | D4 E4 F4 G4 A4 B4 | audio 1.5 s", status.Render());
    }
}
