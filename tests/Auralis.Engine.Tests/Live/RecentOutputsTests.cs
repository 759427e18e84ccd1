using Auralis.Engine.Listeners;
using Auralis.Engine.Live;
using Auralis.Engine.Sessions;
using Auralis.Engine.Timeline;
using static Auralis.Engine.Listeners.SessionOutputs;

namespace Auralis.Engine.Tests.Live;

public sealed class RecentOutputsTests
{
    private static readonly SessionId Demo = new("demo");

    // One step of a second (48 000 frames) per call, starting at second `second`.
    private static StepSpan Second(long second) => new(second, second * 48_000, 48_000, second * 960, 960, 50);

    private static ISessionOutput[] Outputs(long second) =>
    [
        new TransportMoved(Demo, "playing", second / 2, 0, second * 960, second * 960),
        new ChordChanged(Demo, second * 960, "C", "I", 0, [0, 4, 7]),
        new PriceMoved(Demo, second * 960, 100 + second, 0.1, "bull"),
        new NotePlayed(Demo, second * 960, second * 48_000, "bass", 36, 90, 480),
    ];

    [Fact]
    public void The_last_seconds_hold_notes_chords_and_prices_oldest_first_without_transport()
    {
        var recent = new RecentOutputs();
        for (var second = 0; second < 10; second++)
        {
            recent.Add(Second(second), Outputs(second));
        }

        var last = recent.Last(3);

        Assert.Equal([106.0, 107.0, 108.0, 109.0], last.OfType<PriceMoved>().Select(p => p.Price));
        Assert.Equal(4, last.OfType<NotePlayed>().Count());
        Assert.Equal(4, last.OfType<ChordChanged>().Count());
        Assert.DoesNotContain(last, o => o is TransportMoved);
    }

    [Fact]
    public void Steps_more_than_five_minutes_older_than_the_newest_are_forgotten()
    {
        var recent = new RecentOutputs();
        for (var second = 0; second < 400; second++)
        {
            recent.Add(Second(second), Outputs(second));
        }

        var all = recent.Last(10_000);

        Assert.Equal(RecentOutputs.MaxSeconds + 1, all.OfType<PriceMoved>().Count());
        Assert.Equal(100 + 400 - 1 - RecentOutputs.MaxSeconds, all.OfType<PriceMoved>().First().Price);
        Assert.Empty(new RecentOutputs().Last(60));
    }
}
