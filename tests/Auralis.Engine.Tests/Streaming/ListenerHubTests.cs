using Auralis.Engine.Sessions;
using Auralis.Engine.Listeners;
using static Auralis.Engine.Listeners.SessionOutputs;

namespace Auralis.Engine.Tests.Streaming;

public sealed class ListenerHubTests
{
    private static readonly SessionId Demo = new("demo");

    private static PriceMoved Price(int i) => new(Demo, i * 480L, 100 + i, 0.1, "bull");

    [Fact]
    public async Task Every_listener_gets_every_output_in_order()
    {
        var hub = new ListenerHub();
        using var first = hub.Subscribe();
        using var second = hub.Subscribe();

        for (var i = 0; i < 10; i++)
        {
            hub.Publish(Price(i));
        }

        foreach (var listener in new[] { first, second })
        {
            for (var i = 0; i < 10; i++)
            {
                Assert.Equal(Price(i), await listener.Outputs.ReadAsync());
            }
        }
    }

    [Fact]
    public async Task A_slow_listener_loses_its_oldest_items_and_counts_them_while_others_get_everything()
    {
        var hub = new ListenerHub();
        using var slow = hub.Subscribe(capacity: 4);
        using var fast = hub.Subscribe(capacity: 1000);

        for (var i = 0; i < 100; i++)
        {
            hub.Publish(Price(i));
        }

        Assert.Equal(96, slow.Dropped);
        Assert.Equal(0, fast.Dropped);
        Assert.Equal(Price(96), await slow.Outputs.ReadAsync());
        Assert.Equal(Price(0), await fast.Outputs.ReadAsync());
    }

    [Fact]
    public void A_disposed_listener_is_removed_and_its_queue_completes()
    {
        var hub = new ListenerHub();
        var listener = hub.Subscribe();
        hub.Publish(Price(1));

        listener.Dispose();
        hub.Publish(Price(2));

        Assert.Equal(0, hub.Count);
        Assert.True(listener.Outputs.TryRead(out var kept));
        Assert.Equal(Price(1), kept);
        Assert.True(listener.Outputs.Completion.IsCompleted);
    }

    [Fact]
    public async Task Subscribing_and_publishing_on_many_threads_loses_nothing_for_a_listener_that_keeps_up()
    {
        var hub = new ListenerHub();
        using var steady = hub.Subscribe(capacity: 100_000);
        var churn = Task.Run(() =>
        {
            for (var i = 0; i < 2000; i++)
            {
                hub.Subscribe(capacity: 2).Dispose();
            }
        });

        for (var i = 0; i < 20_000; i++)
        {
            hub.Publish(Price(i));
        }

        await churn;
        Assert.Equal(1, hub.Count);
        var received = 0;
        while (steady.Outputs.TryRead(out var output))
        {
            Assert.Equal(Price(received++), output);
        }

        Assert.Equal(20_000, received);
    }
}
