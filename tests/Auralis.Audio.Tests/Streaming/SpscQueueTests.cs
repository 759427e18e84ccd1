using Auralis.Audio.Streaming;

namespace Auralis.Audio.Tests.Streaming;

public sealed class SpscQueueTests
{
    [Fact]
    public void Items_come_out_in_order_and_a_full_queue_refuses_more()
    {
        var queue = new SpscQueue<int>(4);

        Assert.True(queue.TryEnqueue(1));
        Assert.True(queue.TryEnqueue(2));
        Assert.True(queue.TryEnqueue(3));
        Assert.True(queue.TryEnqueue(4));
        Assert.False(queue.TryEnqueue(5));
        Assert.Equal(4, queue.Count);
        Assert.True(queue.TryDequeue(out var first));
        Assert.Equal(1, first);
        Assert.True(queue.TryEnqueue(5));
        Assert.Equal([2, 3, 4, 5], Drain(queue));
        Assert.False(queue.TryDequeue(out _));
    }

    [Fact]
    public async Task A_million_items_cross_threads_in_order_none_lost_or_repeated()
    {
        const int total = 1_000_000;
        var queue = new SpscQueue<long>(1024);
        var producer = Task.Factory.StartNew(() =>
        {
            for (long i = 0; i < total; i++)
            {
                while (!queue.TryEnqueue(i))
                {
                    Thread.SpinWait(20);
                }
            }
        }, TaskCreationOptions.LongRunning);
        var consumer = Task.Factory.StartNew(() =>
        {
            long expected = 0;
            var deadline = DateTime.UtcNow.AddMinutes(2);
            while (expected < total && DateTime.UtcNow < deadline)
            {
                if (queue.TryDequeue(out var item))
                {
                    if (item != expected)
                    {
                        return (expected, item);
                    }

                    expected++;
                }
                else
                {
                    Thread.SpinWait(20);
                }
            }

            return (expected, expected);
        }, TaskCreationOptions.LongRunning);

        await producer.WaitAsync(TimeSpan.FromMinutes(2));
        var (received, last) = await consumer.WaitAsync(TimeSpan.FromMinutes(2));

        Assert.Equal(total, received);
        Assert.Equal(total, last);
    }

    [Fact]
    public void Capacities_that_are_not_powers_of_two_are_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new SpscQueue<int>(100));

    private static List<int> Drain(SpscQueue<int> queue)
    {
        var items = new List<int>();
        while (queue.TryDequeue(out var item))
        {
            items.Add(item);
        }

        return items;
    }
}
